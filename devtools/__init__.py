"""Development-only helpers: never packaged, never imported by govinfo_desktop."""
