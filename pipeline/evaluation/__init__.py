"""Evaluation against hand-written gold: the cleaning scorer (``cleaning``), its
terminal report (``report``) and, when present, the annotation scorer
(``annotation``). ``pipeline eval DIR`` runs them."""
