"""Audio: decoding any common format to 16 kHz mono, encoding clips, and waveform peaks for drawing."""

from .decode import AUDIO_EXTENSIONS, SAMPLE_RATE, Audio, AudioStream, load_audio, probe_duration

__all__ = ["AUDIO_EXTENSIONS", "SAMPLE_RATE", "Audio", "AudioStream", "load_audio", "probe_duration"]
