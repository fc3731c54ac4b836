"""Photo screening: metadata, text in the picture, faces, redaction and a clean copy."""
