"""The window's dialogs: each a small module with one job."""
