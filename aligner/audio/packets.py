"""One track's packets, read to the end of a file whose streams may appear only while it is read.

A container with no header naming its streams (Flash video, an MPEG program stream such as a DVD's VOB, an MPEG
transport stream whose programme changes midway, as in recordings joined end to end) lets FFmpeg add a stream
when its first packet turns up.  One that turns up after the probe at opening (a Flash talk written with its
whole sound before the first picture, a DVD's subtitles that begin minutes in) is in FFmpeg's table but not in
the stream list PyAV made at opening.  PyAV's ``InputContainer.demux`` (18.1, and its upstream: PyAV-Org/PyAV
issue 692, whose fix, pull request 694, was never merged) skips such a stream's packets, but after the file's
last packet it walks every stream FFmpeg has by then to hand out the flush packet of each one asked for, and
looks the late one up in its own list: ``IndexError: list index out of range``, out of the generator, after
every packet of the track.  Demuxing every stream instead does not help: the walk is the same.

The walk goes in stream order, and a track opened for decoding was in the list at opening, so its own flush
packet always comes before the late stream's lookup fails: when the IndexError comes, the track has been read
to its end.  :func:`track_packets` ends there as if the file had ended, and hands out the track's flush packet
itself should PyAV one day walk in another order, so that the decoder still gives up the frames it holds.
"""

from __future__ import annotations

from typing import Iterator


def track_packets(container, stream) -> Iterator:
    """The packets of ``stream`` (one of ``container``'s) in file order, then one empty packet that flushes its
    decoder, as ``container.demux(stream)`` yields them, also when a stream appears after the file was opened."""
    import av  # imported here: PyAV is heavy and only needed when decoding

    flushed = False
    try:
        for packet in container.demux(stream):
            flushed = packet.size == 0
            yield packet
    except IndexError:  # PyAV's walk to flush the streams asked for, past one that appeared late (see above)
        if not flushed:
            end = av.Packet()
            end.stream = stream
            yield end
