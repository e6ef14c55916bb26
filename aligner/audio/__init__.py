"""Audio: decoding any common format to 16 kHz mono, encoding clips, and waveform peaks for drawing.

Which of a file's channels the engine hears, and how they are folded (a stereo pair's mean, or its difference when
one channel is wired upside down; of more channels, those that hold the voice) is :mod:`.channels`'.
"""

from .decode import AUDIO_EXTENSIONS, SAMPLE_RATE, Audio, AudioStream, load_audio, probe_duration

__all__ = ["AUDIO_EXTENSIONS", "SAMPLE_RATE", "Audio", "AudioStream", "load_audio", "probe_duration"]
