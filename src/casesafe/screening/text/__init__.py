"""Text recognizers, the case-aware matcher and the NLP backend."""
