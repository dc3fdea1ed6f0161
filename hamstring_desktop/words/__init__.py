"""The words the app shows and speaks for times, legs and prompts, in one place, translated through
Qt (QtCore only, no widgets). Below the interface, the sound and the media keys that use them;
above the pure domain."""
