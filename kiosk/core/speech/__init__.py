"""Reading aloud, offline: text to speech with eSpeak NG, recorded audio from packs, and playback.

- ``text``: sentences (with their place in the text, for the highlight) and what is left to say.
- ``engine``: eSpeak NG, from the espeakng-loader wheel's library and voices, through ctypes.
- ``audio``: clips of 16-bit mono samples, decoding a pack's recordings, and the player (miniaudio).
- ``recordings``: where a pack keeps a human recording of a lesson or a question.
- ``narrator``: reads a page, sentence by sentence, on its own thread, and says what it is reading.

No Qt here; nothing loads until something is read aloud (the app's start-up stays light).
"""
