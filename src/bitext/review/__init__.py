"""The review loop's editor: alignment edits as pure functions (:mod:`bitext.review.edits`)
and a local web server for them (:mod:`bitext.review.server`), behind ``bitext review``."""
