"""Audio: decoding any common format to 16 kHz mono, and waveform peaks for drawing."""

from .decode import SAMPLE_RATE, Audio, load_audio, probe_duration

__all__ = ["SAMPLE_RATE", "Audio", "load_audio", "probe_duration"]
