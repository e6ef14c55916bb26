"""Audio: decoding any common format to 16 kHz mono, encoding clips, and waveform peaks for drawing."""

from .decode import SAMPLE_RATE, Audio, AudioStream, load_audio, probe_duration

__all__ = ["SAMPLE_RATE", "Audio", "AudioStream", "load_audio", "probe_duration"]
