"""The Qt desktop app. The only package that imports widgets."""
