"""The review editor's local web server: the page, the alignment as JSON, and edits.

Bound to 127.0.0.1 only; every API call must carry the session's random token (sent by the
page, which reads it from its address), and a Host other than the server's own is refused,
so no other web page can read or change the alignment. Each edit is written to the TEI
alignment atomically before the answer goes back: closing the tab loses nothing. The page
and its script ship inside the package (no network, no CDN).
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any

from bitext.errors import BitextError
from bitext.exchange import load_aligned_corpus
from bitext.model import Alignment, Document, Link, needs_review
from bitext.review import edits
from bitext.tei import write_alignment

_STATIC = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/app.css": ("app.css", "text/css; charset=utf-8"),
}
_MAX_BODY = 64 * 1024
_UNDO_DEPTH = 200


@dataclass
class ReviewSession:
    """One alignment under review: its documents, its current links, the undo history and
    the review bar (``review_below``: the links :func:`bitext.model.needs_review` marks are
    shown as to review first; ``None``: the default bar)."""

    path: Path
    alignment: Alignment
    pair: edits.Pair
    history: list[Alignment] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    review_below: float | None = None

    @classmethod
    def open(
        cls, path: str | Path, *, allow_outside: bool = False, review_below: float | None = None
    ) -> ReviewSession:
        """Load the alignment at ``path`` and the two documents it points at."""
        alignment, source, target = load_aligned_corpus(path, allow_outside=allow_outside)
        return cls(Path(path), alignment, edits.Pair(source, target), review_below=review_below)

    def state(self) -> dict[str, Any]:
        """Everything the page shows: both documents' sentences and the links."""
        return {
            "file": self.path.name,
            "source": _document_json(self.pair.source),
            "target": _document_json(self.pair.target),
            "links": [_link_json(link, self.review_below) for link in self.alignment.links],
            "canUndo": bool(self.history),
        }

    def edit(self, request: dict[str, Any]) -> dict[str, Any]:
        """Apply one edit (``op``: merge, split, shift, confirm, undo), save, return the state."""
        with self.lock:
            op = request.get("op")
            if op == "undo":
                if not self.history:
                    raise BitextError("nothing to undo")
                self._save(self.history.pop())
                return self.state()
            changed = self._apply(str(op), request)
            self.history.append(self.alignment)
            del self.history[:-_UNDO_DEPTH]
            self._save(changed)
            return self.state()

    def _apply(self, op: str, request: dict[str, Any]) -> Alignment:
        by_link: dict[str, Callable[[Alignment, edits.Pair, str], Alignment]] = {
            "merge": edits.merge,
            "split": edits.split,
            "confirm": edits.confirm,
        }
        if op in by_link:
            return by_link[op](self.alignment, self.pair, str(request.get("link", "")))
        if op == "shift":
            return edits.shift(
                self.alignment,
                self.pair,
                str(request.get("sentence", "")),
                str(request.get("direction", "")),
            )
        raise BitextError(f"unknown edit {op!r}; use merge, split, shift, confirm or undo")

    def _save(self, alignment: Alignment) -> None:
        write_alignment(alignment, self.path)  # atomic: a temporary file renamed over it
        self.alignment = alignment


def _document_json(document: Document) -> dict[str, Any]:
    sentences = []
    for number, block in enumerate(document.aligned_blocks()):
        for sentence in block.sentences:
            sentences.append({"id": sentence.id, "text": sentence.text, "block": number})
    return {"lang": document.lang, "title": document.header.title, "sentences": sentences}


def _link_json(link: Link, review_below: float | None) -> dict[str, Any]:
    """A link as the page reads it; ``review`` tells whether to mark it for review (one
    decision, the exports' own: an automatic link scored below the bar or not scored)."""
    return {
        "id": link.id,
        "source": list(link.source),
        "target": list(link.target),
        "status": link.status.value,
        "score": link.score,
        "review": needs_review(link.status, link.score, review_below),
        "notes": [
            {"kind": note.kind.value, "name": note.name, "text": note.text} for note in link.notes
        ],
    }


class ReviewServer(ThreadingHTTPServer):
    """The HTTP server of one review session, on 127.0.0.1 and a free port (or ``port``)."""

    daemon_threads = True

    def __init__(self, session: ReviewSession, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.session = session
        self.token = secrets.token_urlsafe(16)

    @property
    def url(self) -> str:
        """The page's address, with the session's token."""
        return f"http://127.0.0.1:{self.server_address[1]}/?token={self.token}"


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the library never prints."""

    def do_GET(self) -> None:
        """The page and its files, or the state."""
        if not self._trusted_host():
            return
        page = self.path.split("?", 1)[0]
        if page in _STATIC:
            name, kind = _STATIC[page]
            data = (resources.files("bitext.review") / "static" / name).read_bytes()
            self._send(HTTPStatus.OK, data, kind)
        elif page == "/api/state" and self._authorized():
            self._json(HTTPStatus.OK, self.server.session.state())
        elif not page.startswith("/api/"):
            self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")

    def do_POST(self) -> None:
        """An edit."""
        if not self._trusted_host() or not self._authorized():
            return
        if self.path.split("?", 1)[0] != "/api/edit":
            self._send(HTTPStatus.NOT_FOUND, b"not found", "text/plain")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if not 0 < length <= _MAX_BODY:
            self._json(HTTPStatus.BAD_REQUEST, {"error": "send one edit as JSON"})
            return
        try:
            request = json.loads(self.rfile.read(length))
            if not isinstance(request, dict):
                raise ValueError("not an object")
            state = self.server.session.edit(request)
        except RecursionError:  # JSON nested thousands deep
            self._json(HTTPStatus.BAD_REQUEST, {"error": "send one edit as JSON"})
            return
        except (ValueError, BitextError) as exc:
            self._json(HTTPStatus.CONFLICT, {"error": str(exc)})
            return
        self._json(HTTPStatus.OK, state)

    def _trusted_host(self) -> bool:
        port = self.server.server_address[1]
        if self.headers.get("Host") in (f"127.0.0.1:{port}", f"localhost:{port}"):
            return True
        self._send(HTTPStatus.FORBIDDEN, b"wrong host", "text/plain")
        return False

    def _authorized(self) -> bool:
        if secrets.compare_digest(self.headers.get("X-Bitext-Token", ""), self.server.token):
            return True
        self._json(HTTPStatus.FORBIDDEN, {"error": "missing or wrong session token"})
        return False

    def _json(self, status: HTTPStatus, value: Any) -> None:
        self._send(
            status, json.dumps(value, ensure_ascii=False).encode("utf-8"), "application/json"
        )

    def _send(self, status: HTTPStatus, data: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", "default-src 'self'")
        self.end_headers()
        self.wfile.write(data)
