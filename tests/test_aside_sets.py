"""The checks every aside set from the twenty-third on makes of its own catalogues, containers and flag, over one
table of each set's numbers (:data:`SETS`): a new set joins by adding a row.

test_aside23_cases.py .. test_aside27_cases.py each held the same five tests -- names that say the half and the
kinds, seeds no set drew before, one long talk, every new kind in both halves, new containers that read back with
their delay in the truth, the product's transcript shapes, voices at new speeds, languages bench_languages.py knows,
the aside refused without its flag -- written out again with the set's own numbers, each copy drifting from the
last.  Here every set gets every check its own copy made, with its numbers from its row (where an early set checked
something a later one did otherwise -- a container's suffix, not its pairing with the codec -- the row says which).
Each set's tests of its own kinds of sound stay in its own module.

Nothing here builds a case or runs an aligner: catalogues, names, the tables of cases.py, run.py, bench_languages.py
and rebuild_check.py, and the containers written around a made-up talk.
"""

from __future__ import annotations

import dataclasses
import importlib
import io
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np
import pytest
from made_up_talks import TEN_LINES, TEN_LINES_TOTAL, broadband, needs_sox, talk

from aside_fixtures import (assert_bench_languages_knows, assert_halves_named, assert_kept_to_the_lead,
                            assert_names_say_kinds, assert_out_of_dev_runs, assert_refused_without_flag,
                            assert_seeds_new, assert_written_again_the_same, where_bytes_differ)

import synth_cases as sc  # made_up_talks put benchmarks/ on the path  # noqa: E402
from aside_common import catalogue_seeds  # noqa: E402

RATE = sc.RATE


def _ftyp(data: bytes, kind: str) -> bool:
    return data[4:8] == b"ftyp"


def _ftyp_branded(data: bytes, kind: str) -> bool:
    """An ISO file whose brand is its suffix (3GPP2's ``3g2``, Flash's ``f4v``)."""
    return data[4:8] == b"ftyp" and data[8:11] == kind.encode()


def _ebml(data: bytes, kind: str) -> bool:
    """An EBML header: Matroska and WebM alike."""
    return data[:4] == b"\x1a\x45\xdf\xa3"


def _transport_stream(data: bytes, kind: str) -> bool:
    return data[0] == data[188] == 0x47


def _riff_avi(data: bytes, kind: str) -> bool:
    return data[:4] == b"RIFF" and data[8:12] == b"AVI "


def _m2ts(data: bytes, kind: str) -> bool:
    """A BDAV/AVCHD transport stream: 188-byte packets each after a 4-byte arrival time stamp."""
    return data[4] == data[196] == 0x47


def _program_stream(data: bytes, kind: str) -> bool:
    """An MPEG program stream: it opens with a pack header."""
    return data[:4] == b"\x00\x00\x01\xba"


def _wtv(data: bytes, kind: str) -> bool:
    """A Windows Television file: it opens with the WTV header's GUID."""
    return data[:16] == bytes.fromhex("b7d800203749da11a64e0007e95ead8d")


def _smooth_streaming(data: bytes, kind: str) -> bool:
    """A Smooth Streaming fragmented MP4: an ISO file branded ``isml``."""
    return data[4:8] == b"ftyp" and data[8:12] == b"isml"


def _mpeg_bwf(data: bytes, kind: str) -> bool:
    """A Broadcast Wave file of MPEG audio: RIFF/WAVE, its ``fmt `` chunk's tag WAVE_FORMAT_MPEG (0x0050), and a
    ``bext`` chunk."""
    return (data[:4] == b"RIFF" and data[8:16] == b"WAVEfmt " and data[20:22] == b"\x50\x00"
            and b"bext" in data[:4096])


def _mxf(data: bytes, kind: str) -> bool:
    """An MXF file: it opens with a partition pack's SMPTE universal label."""
    return data[:13] == bytes.fromhex("060e2b34020501010d01020101")


def _quicktime(data: bytes, kind: str) -> bool:
    """A QuickTime movie: its ``ftyp`` box branded ``qt  ``."""
    return data[4:8] == b"ftyp" and data[8:12] == b"qt  "


def _caf(data: bytes, kind: str) -> bool:
    """A Core Audio file: ``caff``, version 1, then its ``desc`` chunk."""
    return data[:6] == b"caff\x00\x01" and data[8:12] == b"desc"


def _audiobook(data: bytes, kind: str) -> bool:
    """An audiobook's MPEG-4 file: its ``ftyp`` box branded ``M4B `` (what players read as a book, not a song)."""
    return data[4:12] == b"ftypM4B "


def _ogg_flac(data: bytes, kind: str) -> bool:
    """FLAC in Ogg: the first page (``OggS``, a stream's first, one segment) opens with the FLAC mapping's packet
    (``\\x7fFLAC``, mapping version 1.0) and the native ``fLaC`` signature after it."""
    return data[:4] == b"OggS" and data[5] == 0x02 and data[28:35] == b"\x7fFLAC\x01\x00" and data[37:41] == b"fLaC"


def _pcm_bwf(data: bytes, kind: str) -> bool:
    """A field recorder's Broadcast Wave of 24-bit PCM: RIFF/WAVE, its ``fmt `` chunk WAVE_FORMAT_EXTENSIBLE (0xFFFE)
    with 24 bits a sample and the PCM sub-format's GUID, and a ``bext`` chunk."""
    pcm_guid = bytes.fromhex("0100000000001000800000aa00389b71")
    return (data[:4] == b"RIFF" and data[8:16] == b"WAVEfmt " and data[20:22] == b"\xfe\xff"
            and data[34:36] == b"\x18\x00" and data[44:60] == pcm_guid and b"bext" in data[:4096])


def _mulaw_avi(data: bytes, kind: str) -> bool:
    """An AVI whose sound is G.711 mu-law: RIFF/AVI, and an audio stream's ``strf`` with format tag 0x0007."""
    at = data.find(b"strf", data.find(b"auds"))
    return _riff_avi(data, kind) and at > 0 and data[at + 8:at + 10] == b"\x07\x00"


def _float_caf(data: bytes, kind: str) -> bool:
    """A Core Audio file of 32-bit float PCM: ``caff``, its ``desc`` chunk ``lpcm`` flagged float and little-endian
    (flags 3), one channel of 32 bits a sample."""
    return (data[:4] == b"caff" and data[8:12] == b"desc" and data[28:36] == b"lpcm\x00\x00\x00\x03"
            and data[44:52] == b"\x00\x00\x00\x01\x00\x00\x00\x20")


def _twos_mov(data: bytes, kind: str) -> bool:
    """A QuickTime movie (``ftyp`` brand ``qt  ``) whose sound is 16-bit big-endian PCM: a ``twos`` sample entry."""
    at = data.find(b"soun")
    return data[4:12] == b"ftypqt  " and at > 0 and b"twos" in data[at:at + 4096]


def _ima4_caf(data: bytes, kind: str) -> bool:
    """A Core Audio file of Apple's IMA 4:1 ADPCM: ``caff``, its ``desc`` chunk ``ima4`` with packets of 34 bytes
    holding 64 frames each, one channel."""
    return (data[:4] == b"caff" and data[8:12] == b"desc" and data[28:32] == b"ima4"
            and data[36:48] == b"\x00\x00\x00\x22\x00\x00\x00\x40\x00\x00\x00\x01")


def _linear_au(data: bytes, kind: str) -> bool:
    """A Sun/NeXT audio file of 16-bit big-endian linear PCM: ``.snd``, encoding 3, one channel."""
    return data[:4] == b".snd" and data[12:16] == b"\x00\x00\x00\x03" and data[20:24] == b"\x00\x00\x00\x01"


def _ipcm_mp4(data: bytes, kind: str) -> bool:
    """An ISO MP4 (``ftyp`` brand ``isom``) whose sound is ISO/IEC 23003-5 integer PCM: an ``ipcm`` sample entry whose
    ``pcmC`` box says little-endian (format flags 1) 16-bit samples."""
    at = data.find(b"ipcm")
    return (data[4:12] == b"ftypisom" and at > 0 and data[at + 36:at + 40] == b"pcmC"
            and data[at + 44:at + 46] == b"\x01\x10")


def _alaw_mov(data: bytes, kind: str) -> bool:
    """A QuickTime movie (``ftyp`` brand ``qt  ``) whose sound is G.711 A-law: an ``alaw`` sample entry, one
    channel."""
    at = data.find(b"soun")
    entry = data.find(b"alaw", max(at, 0))
    return (data[4:12] == b"ftypqt  " and at > 0 and 0 < entry < at + 4096
            and data[entry + 20:entry + 22] == b"\x00\x01")


def _opus_mkv(data: bytes, kind: str) -> bool:
    """A Matroska file (an EBML header whose DocType is ``matroska``) holding an Opus track (codec ID ``A_OPUS``)
    beside an H.264 picture (``V_MPEG4/ISO/AVC``)."""
    return _matroska_holding(data, b"A_OPUS", b"V_MPEG4/ISO/AVC")


def _matroska_holding(data: bytes, *codec_ids: bytes) -> bool:
    """A Matroska file (an EBML header whose DocType is ``matroska``) whose tracks' codec IDs include
    ``codec_ids``."""
    head = data[:4096]
    return _ebml(data, "mkv") and b"matroska" in data[:64] and all(c in head for c in codec_ids)


def _u8_avi(data: bytes, kind: str) -> bool:
    """An AVI whose sound is 8-bit PCM: RIFF/AVI, and an audio stream's ``strf`` with WAVE format tag 1, one channel
    and 8 bits a sample."""
    at = data.find(b"strf", data.find(b"auds"))
    return (_riff_avi(data, kind) and at > 0 and data[at + 8:at + 12] == b"\x01\x00\x01\x00"
            and data[at + 22:at + 24] == b"\x08\x00")


def _avi_sound(data: bytes, kind: str, tag: int, rate: int) -> bool:
    """An AVI (RIFF/AVI) whose audio stream's ``strf`` has WAVE format tag ``tag``, one channel at ``rate`` Hz: the
    first-bytes check of a codec in an AVI."""
    at = data.find(b"strf", data.find(b"auds"))
    return (_riff_avi(data, kind) and at > 0 and data[at + 8:at + 12] == tag.to_bytes(2, "little") + b"\x01\x00"
            and data[at + 12:at + 16] == rate.to_bytes(4, "little"))


def _g726_avi(data: bytes, kind: str) -> bool:
    """An AVI whose sound is G.726 ADPCM: WAVE format tag 0x0045, one channel at 8 kHz."""
    return _avi_sound(data, kind, 0x0045, 8000)


def _mov_sound(data: bytes, entry: bytes) -> bool:
    """A QuickTime movie (``ftyp`` brand ``qt  ``) whose sound track's sample entry is ``entry`` (after its
    handler)."""
    at = data.find(b"soun")
    return data[4:12] == b"ftypqt  " and at > 0 and entry in data[at:at + 4096]


def _alac_mov(data: bytes, kind: str) -> bool:
    """A QuickTime movie whose sound is Apple Lossless: an ``alac`` sample entry."""
    return _mov_sound(data, b"alac")


def _mp2_avi(data: bytes, kind: str) -> bool:
    """An AVI whose sound is MPEG-1 Layer II: WAVE format tag 0x0050, one channel at 48 kHz."""
    return _avi_sound(data, kind, 0x0050, 48000)


def _aac_avi(data: bytes, kind: str) -> bool:
    """An AVI whose sound is AAC: WAVE format tag 0x00FF (FFmpeg's for AAC in an AVI), one channel at 48 kHz."""
    return _avi_sound(data, kind, 0x00FF, 48000)


def _mp3_mov(data: bytes, kind: str) -> bool:
    """A QuickTime movie whose sound is MP3: a ``.mp3`` sample entry."""
    return _mov_sound(data, b".mp3")


def _alac_mkv(data: bytes, kind: str) -> bool:
    """A Matroska file holding an Apple Lossless track (codec ID ``A_ALAC``) beside an H.264 picture."""
    return _matroska_holding(data, b"A_ALAC", b"V_MPEG4/ISO/AVC")


def _float_mov(data: bytes, kind: str) -> bool:
    """A QuickTime movie whose sound is 32-bit float PCM: an ``fl32`` sample entry."""
    return _mov_sound(data, b"fl32")


def _wavpack_mkv(data: bytes, kind: str) -> bool:
    """A Matroska file holding a WavPack track (codec ID ``A_WAVPACK4``) beside an H.264 picture."""
    return _matroska_holding(data, b"A_WAVPACK4", b"V_MPEG4/ISO/AVC")


def _flv(data: bytes, kind: str) -> bool:
    """A Flash video file: its signature, version 1, audio and video flagged."""
    return data[:4] == b"FLV\x01" and data[4] == 0x05


@dataclass(frozen=True)
class Container:
    """What a set's container (a row of its ``CODECS``) must read back as: the audio codec's names (PyAV may name
    one decoder two ways), the pictures' codecs, and the file's first bytes."""

    audio: tuple[str, ...]
    video: tuple[str, ...]
    looks_like: Callable[[bytes, str], bool]


@dataclass(frozen=True)
class AsideSetRow:
    """One aside set's numbers, as its own test module used to write them out."""

    number: int  #: N of asideN_cases.py / asideN_languages.py
    prefix: str  #: its aside names' ("rx_")
    dev_prefix: str  #: its dev twins' ("rd66_")
    dev_round: int  #: cases.py's FRESH<r>_DEV and bench_languages.py's dev<r>
    kinds: tuple[str, ...]  #: its new kinds of sound, as the specs' fields and the names' words
    spoilers: str  #: the Spoilers dataclass of its English module, whose inherited fields must stay at default
    inherited_over: int  #: how many fields it inherits, at least
    voices: frozenset  #: (engine, voice, speed) its English talks must have
    containers: dict  #: its CODECS' kinds -> Container
    refused: tuple[str, ...]  #: names and patterns a run without its flag refuses
    seeds: Optional[tuple[int, int]] = None  #: the thousands its English and language seeds lie in (107000, 108000)
    long_has_every_kind: bool = True  #: the long talk holds every new kind (the twenty-third's had no such rule)
    codec_pairing_new: bool = True  #: no set wrote the (suffix, codec) pairing; else no set had the suffix at all
    shapes: frozenset = frozenset({"page", "plain", "dashes", "srt", "vtt"})  #: transcript shapes in the aside
    wideband_kind: Optional[str] = None  #: a kind that works on the highs: never over 8 kHz prompts
    voices_of_every_engine: bool = False  #: espeak-ng's voices too, over both halves (else flite and festival, aside)
    least_used_languages: bool = False  #: each synthesized language in at most one set before
    unseen: bool = False  #: nobody has looked at it yet: only the lead runs it, the other tools refuse it

    @property
    def english(self):
        return importlib.import_module(f"aside{self.number}_cases")

    @property
    def languages(self):
        return importlib.import_module(f"aside{self.number}_languages")

    def earlier(self, suffix: str) -> list:
        """The modules of the sets before this one (aside3 .. aside<N-1>; the first two are made otherwise)."""
        return [importlib.import_module(f"aside{i}{suffix}") for i in range(3, self.number)]

    def everything(self) -> dict:
        return {**self.english.catalogue(), **self.languages.catalogue()}


SETS = (
    AsideSetRow(23, "rx_", "rd66_", 66, ("automix", "dolby", "chime", "shortwave"), "TwentyThirdSpoilers", 60,
                frozenset({("flite", "kal", 0.74), ("flite", "rms", 1.8), ("festival", "ked", 1.76),
                           ("festival", "kal", 0.56)}),
                {"3g2": Container(("aac",), (), _ftyp_branded), "f4v": Container(("aac",), ("h264",), _ftyp_branded)},
                ("rx_*", "rx_real_chime_dashes", "rx_sv_*", "*automix_page", "*shortwave_3g2"),
                long_has_every_kind=False, codec_pairing_new=False, shapes=frozenset({"page", "plain", "dashes"})),
    AsideSetRow(24, "bx_", "rd67_", 67, ("minidisc", "deesser", "thunder", "drill"), "TwentyFourthSpoilers", 60,
                frozenset({("flite", "kal", 0.7), ("flite", "rms", 1.84), ("festival", "ked", 0.52),
                           ("festival", "kal", 1.8)}),
                {"mkv": Container(("mp2",), ("h264",), _ebml), "webm": Container(("vorbis",), ("vp8",), _ebml)},
                ("bx_*", "bx_real_thunder_dashes", "bx_sv_*", "*deesser_plain_mkv", "*drill_webm"),
                seeds=(101000, 102000), wideband_kind="deesser"),
    AsideSetRow(25, "ix_", "rd68_", 68, ("espresso", "blower", "kettle", "exciter"), "TwentyFifthSpoilers", 60,
                frozenset({("flite", "awb", 0.55), ("flite", "slt", 1.82), ("festival", "kal", 0.5),
                           ("festival", "ked", 1.84)}),
                {"mka": Container(("opus",), (), _ebml), "mp4": Container(("eac3",), ("h264",), _ftyp)},
                ("ix_*", "ix_real_kettle_srt", "ix_sv_*", "*exciter_plain_mka", "*blower_plain"),
                seeds=(103000, 104000), wideband_kind="exciter"),
    AsideSetRow(26, "ax_", "rd69_", 69, ("tube", "lift", "ceiling", "printer"), "TwentySixthSpoilers", 60,
                frozenset({("flite", "kal", 0.64), ("flite", "slt", 1.88), ("festival", "slt_hts", 0.56),
                           ("festival", "ked", 1.9)}),
                {"mov": Container(("aac",), ("h264",), _ftyp),
                 "mkv": Container(("mp3", "mp3float"), ("mpeg4",), _ebml)},
                ("ax_*", "ax_real_printer_srt", "ax_tr_*", "*lift_plain_mov", "*tube_plain"),
                seeds=(105000, 106000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(27, "ey_", "rd70_", 70, ("crickets", "pour", "surf", "shredder"), "TwentySeventhSpoilers", 64,
                frozenset({("flite", "awb", 0.52), ("flite", "rms", 1.95), ("festival", "kal", 0.47),
                           ("festival", "slt_hts", 1.93)}),
                {"ts": Container(("aac",), ("h264",), _transport_stream),
                 "avi": Container(("adpcm_ima_wav",), ("mjpeg",), _riff_avi)},
                ("ey_*", "ey_real_shredder_srt", "ey_uk_*", "*pour_plain_ts", "*crickets_plain"),
                seeds=(107000, 108000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(28, "fy_", "rd71_", 71, ("shutters", "mosquito", "projector", "zipper"), "TwentyEighthSpoilers", 68,
                frozenset({("flite", "kal", 1.78), ("flite", "rms", 0.56), ("festival", "ked", 0.48),
                           ("festival", "kal", 1.85)}),
                {"mkv": Container(("aac",), ("h264",), _ebml), "mp4": Container(("opus",), ("h264",), _ftyp)},
                ("fy_*", "fy_real_zipper_srt", "fy_no_*", "*mosquito_plain_mkv", "*projector_plain"),
                seeds=(109000, 110000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(29, "gy_", "rd72_", 72, ("radiator", "chimes", "drips", "pingpong"), "TwentyNinthSpoilers", 72,
                frozenset({("flite", "kal", 0.6), ("flite", "awb", 1.95), ("festival", "kal", 1.93),
                           ("festival", "slt_hts", 0.52)}),
                {"mts": Container(("ac3",), ("h264",), _m2ts), "mpg": Container(("mp2", "mp2float"), ("mpeg1video",),
                                                                                  _program_stream)},
                ("gy_*", "gy_real_pingpong_srt", "gy_ms_*", "*chimes_plain_mts", "*drips_plain"),
                seeds=(111000, 112000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(30, "hy_", "rd73_", 73, ("pigeons", "frogs", "morse", "snoring"), "ThirtiethSpoilers", 76,
                frozenset({("flite", "rms", 0.54), ("flite", "kal", 1.83), ("festival", "ked", 1.97),
                           ("festival", "slt_hts", 1.74)}),
                {"avi": Container(("adpcm_ms",), ("cinepak",), _riff_avi), "flv": Container(("mp3", "mp3float"),
                                                                                           ("flv",), _flv)},
                ("hy_*", "hy_real_snoring_srt", "hy_fa_*", "*frogs_plain_avi", "*morse_plain"),
                seeds=(113000, 114000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(31, "iy_", "rd74_", 74, ("geese", "sewing", "hiccups", "cuckoo"), "ThirtyFirstSpoilers", 80,
                frozenset({("flite", "slt", 0.5), ("flite", "rms", 2.0), ("festival", "ked", 0.46),
                           ("festival", "kal", 2.0)}),
                {"mov": Container(("adpcm_ima_qt",), ("svq1",), _ftyp),
                 "vob": Container(("ac3",), ("mpeg2video",), _program_stream)},
                ("iy_*", "iy_real_cuckoo_srt", "iy_he_*", "*sewing_plain_mov", "*hiccups_dashes"),
                seeds=(115000, 116000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(32, "ky_", "rd75_", 75, ("organ", "typewriter", "musicbox", "sheep"), "ThirtySecondSpoilers", 84,
                frozenset({("flite", "awb", 0.48), ("flite", "slt", 2.05), ("festival", "slt_hts", 0.44),
                           ("festival", "ked", 2.04)}),
                {"wtv": Container(("mp2", "mp2float"), ("mpeg2video",), _wtv),
                 "ismv": Container(("aac",), ("h264",), _smooth_streaming)},
                ("ky_*", "ky_real_musicbox_srt", "ky_ko_*", "*typewriter_plain_wtv", "*sheep_dashes"),
                seeds=(117000, 118000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(33, "ly_", "rd76_", 76, ("fireworks", "accordion", "cat", "dishwasher"), "ThirtyThirdSpoilers", 88,
                frozenset({("flite", "kal", 0.45), ("flite", "rms", 2.07), ("festival", "ked", 0.43),
                           ("festival", "slt_hts", 2.02)}),
                {"bwf": Container(("mp2", "mp2float"), (), _mpeg_bwf),
                 "mxf": Container(("pcm_s24le",), ("mpeg2video",), _mxf)},
                ("ly_*", "ly_real_dishwasher_srt", "ly_cy_*", "*accordion_plain_bwf", "*cat_dashes"),
                seeds=(119000, 120000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(34, "my_", "rd77_", 77, ("cows", "motorbike", "saw", "piano"), "ThirtyFourthSpoilers", 92,
                frozenset({("flite", "kal", 2.08), ("flite", "rms", 0.46), ("festival", "ked", 2.06),
                           ("festival", "slt_hts", 0.43)}),
                {"ts": Container(("opus",), ("h264",), _transport_stream),
                 "mp4": Container(("ac3",), ("h264",), _ftyp)},
                ("my_*", "my_real_piano_srt", "my_sq_*", "*motorbike_plain_ts", "*saw_dashes"),
                seeds=(121000, 122000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(35, "ny_", "rd78_", 78, ("drums", "skateboard", "trumpet", "dryer"), "ThirtyFifthSpoilers", 96,
                frozenset({("flite", "awb", 0.44), ("flite", "slt", 2.09), ("festival", "kal", 2.09),
                           ("festival", "ked", 0.42)}),
                {"mkv": Container(("flac",), ("h264",), _ebml),
                 "mp4": Container(("mp3", "mp3float"), ("h264",), _ftyp)},
                ("ny_*", "ny_real_dryer_srt", "ny_sw_*", "*skateboard_plain_mkv", "*trumpet_dashes"),
                seeds=(123000, 124000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(36, "oy_", "rd79_", 79, ("keypad", "choir", "woodpecker", "crisps"), "ThirtySixthSpoilers", 100,
                frozenset({("flite", "rms", 0.43), ("flite", "kal", 2.11), ("festival", "slt_hts", 2.1),
                           ("festival", "kal", 0.44)}),
                {"3gp": Container(("aac",), ("h264",), _ftyp_branded),
                 "avi": Container(("pcm_s16le",), ("mjpeg",), _riff_avi)},
                ("oy_*", "oy_real_crisps_srt", "oy_ta_*", "*choir_plain_3gp", "*woodpecker_dashes"),
                seeds=(125000, 126000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(37, "py_", "rd80_", 80, ("humming", "teaspoon", "toothbrush", "sniffles"), "ThirtySeventhSpoilers",
                104, frozenset({("flite", "kal", 1.2), ("flite", "rms", 0.8), ("festival", "ked", 1.12),
                                ("festival", "slt_hts", 0.8)}),
                {"flv": Container(("aac",), ("h264",), _flv),
                 "avi": Container(("ac3",), ("mpeg4",), _riff_avi)},
                ("py_*", "py_real_sniffles_srt", "py_hy_*", "*teaspoon_plain_flv", "*toothbrush_dashes"),
                seeds=(127000, 128000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(38, "qy_", "rd81_", 81, ("yawning", "chopping", "sprinkler", "bus"), "ThirtyEighthSpoilers",
                108, frozenset({("flite", "kal", 0.9), ("flite", "slt", 1.1), ("festival", "kal", 1.08),
                                ("festival", "slt_hts", 1.1)}),
                {"mkv": Container(("eac3",), ("h264",), _ebml),
                 "mov": Container(("pcm_s16le",), ("h264",), _quicktime)},
                ("qy_*", "qy_real_bus_srt", "qy_ka_*", "*chopping_plain_mkv", "*sprinkler_dashes"),
                seeds=(129000, 130000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(39, "ry_", "rd82_", 82, ("cello", "aerosol", "wipers", "tyre"), "ThirtyNinthSpoilers",
                112, frozenset({("flite", "awb", 1.1), ("flite", "kal", 1.1), ("festival", "ked", 0.9),
                                ("festival", "slt_hts", 0.95)}),
                {"mkv": Container(("pcm_s16le",), ("h264",), _ebml),
                 "caf": Container(("alac",), (), _caf)},
                ("ry_*", "ry_real_tyre_srt", "ry_kn_*", "*aerosol_plain_mkv", "*wipers_dashes"),
                seeds=(131000, 132000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(40, "sy_", "rd83_", 83, ("didgeridoo", "panting", "matches", "skipping"), "FortiethSpoilers",
                116, frozenset({("flite", "slt", 1.05), ("flite", "rms", 0.95), ("festival", "kal", 0.95),
                                ("festival", "ked", 1.05)}),
                {"m4b": Container(("aac",), (), _audiobook),
                 "oga": Container(("flac",), (), _ogg_flac)},
                ("sy_*", "sy_real_skipping_srt", "sy_gu_*", "*panting_plain_oga", "*matches_dashes"),
                seeds=(133000, 134000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(41, "ty_", "rd84_", 84, ("hurdygurdy", "pencil", "starter", "shaker"), "FortyFirstSpoilers",
                120, frozenset({("flite", "awb", 1.05), ("flite", "kal", 0.95), ("festival", "slt_hts", 1.05),
                                ("festival", "ked", 0.95)}),
                {"bwf": Container(("pcm_s24le",), (), _pcm_bwf),
                 "avi": Container(("pcm_mulaw",), ("mjpeg",), _mulaw_avi)},
                ("ty_*", "ty_real_shaker_srt", "ty_lt_*", "*pencil_plain_bwf", "*starter_dashes"),
                seeds=(135000, 136000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(42, "uy_", "rd85_", 85, ("stamp", "liptrill", "cards", "popcorn"), "FortySecondSpoilers",
                124, frozenset({("flite", "slt", 1.03), ("flite", "rms", 0.97), ("festival", "kal", 1.05),
                                ("festival", "ked", 0.97)}),
                {"caf": Container(("pcm_f32le",), (), _float_caf),
                 "mov": Container(("pcm_s16be",), ("mjpeg",), _twos_mov)},
                ("uy_*", "uy_real_popcorn_srt", "uy_et_*", "*liptrill_plain_caf", "*cards_dashes"),
                seeds=(137000, 138000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(43, "vy_", "rd86_", 86, ("evcar", "toast", "roller", "towels"), "FortyThirdSpoilers",
                128, frozenset({("flite", "kal", 1.02), ("flite", "awb", 0.98), ("festival", "slt_hts", 0.98),
                                ("festival", "kal", 1.03)}),
                {"caf": Container(("adpcm_ima_qt",), (), _ima4_caf),
                 "au": Container(("pcm_s16be",), (), _linear_au)},
                ("vy_*", "vy_real_towels_srt", "vy_lv_*", "*toast_plain_caf", "*roller_dashes"),
                seeds=(139000, 140000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(44, "wy_", "rd87_", 87, ("mug", "bowl", "coin", "ruler"), "FortyFourthSpoilers",
                132, frozenset({("flite", "awb", 1.02), ("flite", "slt", 0.98), ("festival", "ked", 1.03),
                                ("festival", "slt_hts", 0.97)}),
                {"mp4": Container(("pcm_s16le",), ("h264",), _ipcm_mp4),
                 "mov": Container(("pcm_alaw",), ("mjpeg",), _alaw_mov)},
                ("wy_*", "wy_real_ruler_srt", "wy_mk_*", "*bowl_plain_mp4", "*coin_dashes"),
                seeds=(141000, 142000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(45, "xy_", "rd88_", 88, ("tear", "pen", "door", "knuckles"), "FortyFifthSpoilers",
                136, frozenset({("flite", "awb", 0.97), ("flite", "slt", 1.01), ("festival", "kal", 0.98),
                                ("festival", "ked", 1.01)}),
                {"mkv": Container(("opus", "libopus"), ("h264",), _opus_mkv),
                 "avi": Container(("pcm_u8",), ("mjpeg",), _u8_avi)},
                ("xy_*", "xy_real_door_srt", "xy_kk_*", "*pen_plain_mkv", "*knuckles_dashes"),
                seeds=(143000, 144000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(46, "yy_", "rd89_", 89, ("gaslift", "measure", "sharpener", "dial"), "FortySixthSpoilers",
                140, frozenset({("flite", "awb", 0.99), ("flite", "slt", 0.97), ("festival", "ked", 0.99),
                                ("festival", "slt_hts", 1.02)}),
                {"avi": Container(("g726", "adpcm_g726"), ("mjpeg",), _g726_avi),
                 "mov": Container(("alac",), ("h264",), _alac_mov)},
                ("yy_*", "yy_real_sharpener_srt", "yy_uz_*", "*measure_plain_mov", "*dial_dashes"),
                seeds=(145000, 146000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(47, "zy_", "rd90_", 90, ("lighter", "curtain", "toaster", "freewheel"), "FortySeventhSpoilers",
                144, frozenset({("flite", "awb", 1.01), ("flite", "slt", 0.99), ("festival", "ked", 1.02),
                                ("festival", "kal", 1.01)}),
                {"avi": Container(("mp2", "mp2float"), ("mpeg4",), _mp2_avi),
                 "mkv": Container(("wavpack",), ("h264",), _wavpack_mkv)},
                ("zy_*", "zy_real_curtain_srt", "zy_lb_*", "*toaster_plain_mkv", "*freewheel_dashes"),
                seeds=(147000, 148000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(48, "bz_", "rd91_", 91, ("tapegun", "cork", "pepper", "timer"), "FortyEighthSpoilers",
                148, frozenset({("flite", "awb", 1.03), ("flite", "slt", 1.02), ("festival", "ked", 0.98),
                                ("festival", "slt_hts", 0.99)}),
                {"avi": Container(("aac",), ("mjpeg",), _aac_avi),
                 "mov": Container(("mp3float", "mp3"), ("mjpeg",), _mp3_mov)},
                ("bz_*", "bz_real_pepper_srt", "bz_sd_*", "*cork_plain_mov", "*timer_dashes"),
                seeds=(149000, 150000), voices_of_every_engine=True, least_used_languages=True),
    AsideSetRow(49, "cz_", "rd92_", 92, ("punch", "dice", "whisk", "till"), "FortyNinthSpoilers",
                152, frozenset({("flite", "awb", 1.04), ("flite", "slt", 1.04), ("festival", "ked", 1.04),
                                ("festival", "kal", 0.97)}),
                {"mkv": Container(("alac",), ("h264",), _alac_mkv),
                 "mov": Container(("pcm_f32le",), ("mjpeg",), _float_mov)},
                ("cz_*", "cz_real_whisk_srt", "cz_si_*", "*dice_plain_mov", "*till_dashes"),
                seeds=(151000, 152000), voices_of_every_engine=True, least_used_languages=True, unseen=True),
)

each_set = pytest.mark.parametrize("row", SETS, ids=lambda r: f"aside{r.number}")


@each_set
def test_names_say_the_half_and_the_kinds_and_no_seed_was_drawn_before(row):
    english, languages = row.english, row.languages
    assert_halves_named(english, languages, row.prefix, row.dev_prefix)
    assert_names_say_kinds(row.everything(), row.kinds)
    assert_seeds_new((english, languages), (*row.earlier("_cases"), *row.earlier("_languages")))
    if row.seeds:
        first, then = row.seeds
        assert all(first <= s < first + 1000 for s in catalogue_seeds(english))
        assert all(then <= s < then + 1000 for s in catalogue_seeds(languages))
    assert 10 <= len(english.names("aside")) <= 12 and 6 <= len(languages.names("aside")) <= 8
    assert (len(english.names("dev")), len(languages.names("dev"))) == (5, 2)


@each_set
def test_the_set_has_a_long_talk_every_new_kind_in_both_halves_new_containers_and_new_voices(row):
    english = list(row.english.catalogue().values())
    aside = [s for s in english if s.which == "aside"]
    dev = [s for s in row.everything().values() if s.which == "dev"]
    tongues = [s for s in row.languages.catalogue().values() if s.which == "aside"]
    long = [s for s in aside if s.real is not None and s.real.prompts * s.real.repeats >= 80]
    assert len(long) == 1
    assert not row.long_has_every_kind or all(getattr(long[0], kind) for kind in row.kinds)
    for kind in row.kinds:
        assert all(any(getattr(s, kind) for s in group) for group in (aside, dev, tongues)), kind
    codecs = row.english.CODECS
    assert {s.codec for s in aside} - {None} == set(codecs) == {s.codec for s in dev} - {None}
    earlier_rows = [r for m in row.earlier("_cases") for r in getattr(m, "CODECS", {}).values()]
    if row.codec_pairing_new:  # a pairing of container and codec no set wrote before
        earlier = {(r[0], r[2]) for r in earlier_rows if len(r) > 2}
        assert not {(r[0], r[2]) for r in codecs.values()} & earlier
    else:  # a suffix no set wrote before
        assert not set(codecs) & {r[0].rsplit(".", 1)[-1] for r in earlier_rows}
    assert row.shapes <= {s.transcript for s in aside}
    if row.wideband_kind:  # a kind working on the highs only where the voice reaches them: no 8 kHz prompts under it
        assert all(s.real is None or s.real.wideband for s in row.everything().values()
                   if getattr(s, row.wideband_kind))
    # none of the earlier sets' own spoilers on top: every field this set's spoilers inherit is at its default
    spoilers = getattr(row.english, row.spoilers)
    # a new kind named as an earlier set's spoiler would switch that one on too (the thirty-ninth's "pump" was an
    # automatic gain's pumping: a gain on the voice)
    assert not set(row.kinds) & {f.name for base in spoilers.__mro__[1:] if dataclasses.is_dataclass(base)
                                 for f in dataclasses.fields(base)}
    inherited = [f for f in dataclasses.fields(spoilers) if f.name not in ("codec", *row.kinds)]
    assert len(inherited) > row.inherited_over
    assert all(getattr(s, f.name) == f.default for s in row.everything().values() for f in inherited)
    said = {(v.engine, v.name, v.speed) for m in row.earlier("_cases") for s in m.catalogue().values()
            for r in s.recordings for v in r.voices}
    ours = {(v.engine, v.name, v.speed) for s in (english if row.voices_of_every_engine else aside)
            for r in s.recordings for v in r.voices}
    assert row.voices <= ours
    if row.voices_of_every_engine:
        assert not ours & said  # espeak-ng's variants too: no English talk had them at these speeds
    else:
        assert not {v for v in ours if v[0] != "espeak"} & said


@each_set
def test_the_languages_are_real_and_synthesized_with_two_speakers_and_bench_languages_knows_them(row):
    languages = row.languages
    aside = [s for s in languages.catalogue().values() if s.which == "aside"]
    assert {s.lang for s in aside if s.real is not None} == {"fr", "es", "it", "ru"}
    assert any(len({v.name for v in s.recordings[0].voices}) == 2 for s in aside if s.recordings)
    assert_bench_languages_knows(row.number, languages, row.dev_round)
    for key, lines in languages.SENTENCES.items():  # a dev twin's lines are never the aside's ("de_dev", "de")
        if key.endswith("_dev") and key[:-4] in languages.SENTENCES:
            assert not set(lines) & set(languages.SENTENCES[key[:-4]]), key
    before = {t for m in row.earlier("_languages") for lines in getattr(m, "SENTENCES", {}).values()
              for t in (lines if isinstance(lines, list) else [])}
    assert not {t for lines in languages.SENTENCES.values() for t in lines} & before
    if row.least_used_languages:  # the synthesized languages are ones the sets used least
        for lang in {s.lang for s in aside if s.recordings}:
            sets = [m for m in row.earlier("_languages") if any(s.lang == lang for s in m.catalogue().values())]
            assert len(sets) <= 1, (lang, [m.__name__ for m in sets])


@needs_sox
@pytest.mark.parametrize("row, kind", [(r, k) for r in SETS for k in sorted(r.containers)],
                         ids=lambda v: f"aside{v.number}" if isinstance(v, AsideSetRow) else v)
def test_a_new_container_reads_back_with_its_delay_in_the_truth_and_gives_the_same_bytes(row, kind):
    av = pytest.importorskip("av")
    want = row.containers[kind]
    assert set(row.containers) == set(row.english.CODECS)
    made = broadband(talk(TEN_LINES, TEN_LINES_TOTAL))
    out, (suffix, data) = row.english.store_codec(made, kind)
    assert suffix == kind
    assert_written_again_the_same(data, row.english.store_codec(made, kind)[1][1], kind)
    with av.open(io.BytesIO(data)) as c:
        assert c.streams.audio[0].codec_context.name in want.audio
        assert tuple(v.codec_context.name for v in c.streams.video) == want.video
    assert want.looks_like(data, kind)
    shift = out.segments[0]["start"] - made.segments[0]["start"]
    # every line moved alike, to the 0.1 ms the truth is written to: a delay of 371 samples (AAC's 1024 at 44.1 kHz)
    # is 23.1875 ms, and each time rounds on its own, so two lines' shifts may differ by one step
    assert all(abs((o["start"] - m["start"]) - shift) < 1.01e-4 for o, m in zip(out.segments, made.segments))
    n = len(made.samples) - int(0.2 * RATE)
    lags = {int(np.floor(shift * RATE)), int(np.ceil(shift * RATE))}  # the truth kept to a sample
    assert max(np.corrcoef(out.samples[lag:lag + n], made.samples[:n])[0, 1] for lag in lags) > 0.95, (kind, shift)


@each_set
def test_the_aside_runs_only_with_its_flag_and_the_dev_run_has_the_twins(row, monkeypatch, tmp_path):
    if row.unseen:
        assert_kept_to_the_lead(row.number, row.english, row.languages, row.refused, monkeypatch, tmp_path)
    else:
        assert_refused_without_flag(row.number, row.english, row.languages, row.refused)  # looked at once
    assert_out_of_dev_runs(row.number, row.english, row.languages, row.dev_round)


def test_a_container_written_twice_differently_is_told_by_packet_and_stream_not_dumped_whole():
    def packet(pid: int, fill: int) -> bytes:
        return b"\x00\x00\x00\x00" + bytes([0x47, 0x40 | pid >> 8, pid & 0xFF, 0x10]) + bytes([fill]) * 184

    first = packet(0x1011, 1) + packet(0x1100, 2) + packet(0x1011, 3)
    again = packet(0x1011, 1) + packet(0x1100, 9) + packet(0x1011, 3)
    said = where_bytes_differ(first, again)
    assert "184 of the first 576 differ, the first at byte 200" in said
    assert "192-byte packets: 1 differ (first #1), PIDs 0x1100" in said
    assert where_bytes_differ(first, first).startswith("576 and 576 bytes; 0 of")


@needs_sox
def test_a_container_whose_bytes_differ_but_not_its_sound_warns_and_one_whose_sound_differs_fails():
    pytest.importorskip("av")
    import aside29_cases as a29

    data = bytearray(a29.store_codec(broadband(talk(TEN_LINES, TEN_LINES_TOTAL)), "mts")[1][1])
    stamped = bytearray(data)
    stamped[192 * 40:192 * 40 + 4] = b"\x01\x02\x03\x04"  # one packet's arrival stamp: the demuxer never reads it
    with pytest.warns(UserWarning, match="differs in its bytes but not in its sound: .* PIDs"):
        assert_written_again_the_same(bytes(data), bytes(stamped), "mts")
    sound = [p for p in range(len(data) // 192)
             if ((data[192 * p + 5] & 0x1F) << 8 | data[192 * p + 6]) == 0x1100 and not data[192 * p + 5] & 0x40]
    changed = bytearray(data)
    inside = 192 * sound[len(sound) // 3] + 20  # a sound packet's payload, a third of the way in (in a line)
    changed[inside:inside + 160] = bytes(b ^ 0xFF for b in changed[inside:inside + 160])  # an AC-3 frame's inside
    with pytest.raises(pytest.fail.Exception, match="and so does its sound"):
        assert_written_again_the_same(bytes(data), bytes(changed), "mts")
