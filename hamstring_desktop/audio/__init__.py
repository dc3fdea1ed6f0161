"""Sound: cue tones through Qt Multimedia and spoken prompts through Qt TextToSpeech.

Imported only when a session starts, so start-up does not pay for the multimedia stack.
"""
