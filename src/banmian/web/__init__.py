"""The web reader (FastAPI): ``create_app(db)``; needs the 'web' extra."""
