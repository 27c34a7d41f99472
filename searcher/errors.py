"""The errors a user can act on, each with the code, HTTP status and exit status
that every front door reports it with.

The web answers ``{"error": {"code", "message", ...details}}`` with
``http_status``; the CLI prints ``error: <message> [<code>]`` and exits with
``exit_status`` (2 for input it refuses, as click does for bad usage; 1 for
a search or an index that cannot answer). One class per error keeps the two
front doors from drifting apart.
"""

from __future__ import annotations

from index.store import IndexUnavailable


class PressroomError(Exception):
    """An error with a machine-readable ``code``; ``message`` is said to the
    user, ``public`` is what a server says (without its own paths)."""

    code = "error"
    http_status = 500
    exit_status = 1

    def __init__(
        self, message: str, *, text: str | None = None, public: str | None = None, **details
    ):
        self.message = message
        self.public = public or message
        #: Extra fields of the JSON error (``parameter``, ``position``).
        self.details = details
        super().__init__(text or message)

    @property
    def cli_message(self) -> str:
        """The error as a terminal says it."""
        return str(self)

    def to_dict(self) -> dict:
        """The ``error`` object of a JSON answer."""
        return {"code": self.code, "message": self.public, **self.details}


class BadInput(PressroomError, ValueError):
    """Input that cannot be run; nothing is wrong with the index or the server."""

    http_status = 400
    exit_status = 2


class InvalidParameter(BadInput):
    """A request parameter (an API parameter or its CLI option) out of range or malformed."""

    code = "invalid_parameter"

    def __init__(self, parameter: str, message: str):
        self.parameter = parameter
        super().__init__(message, text=f"{parameter}: {message}", parameter=parameter)

    @property
    def cli_message(self) -> str:
        # The query is the command's argument, not an option: no name to give.
        return self.message if self.parameter == "q" else str(self)


class QueryError(BadInput):
    """A query that cannot run as written."""

    @property
    def cli_message(self) -> str:
        return f"bad query: {self}"


class QuerySyntaxError(QueryError):
    """A query that cannot be parsed; ``position`` is 1-based."""

    code = "invalid_query"

    def __init__(self, message: str, position: int | None = None):
        self.position = position
        where = f" (at character {position})" if position else ""
        super().__init__(message, text=message + where, parameter="q")
        if position:
            self.details["position"] = position


class QueryTooBroad(QueryError):
    """A prefix would expand to more words than allowed."""

    code = "query_too_broad"

    def __init__(self, message: str):
        super().__init__(message, parameter="q")


class SearchTimeout(PressroomError):
    """The query needed more than the search time budget."""

    code = "search_timeout"
    http_status = 503


class NotFound(PressroomError):
    """No document, speaker or endpoint by that name."""

    code = "not_found"
    http_status = 404


class IndexNotReady(PressroomError):
    """There is no index yet, or it cannot be opened (see IndexUnavailable)."""

    code = "index_unavailable"
    http_status = 503


#: Exceptions of the layers below the search core that users can act on.
FOREIGN_ERRORS = (IndexUnavailable,)
#: Everything :func:`as_pressroom_error` translates: what front doors catch.
HANDLED_ERRORS = (PressroomError, *FOREIGN_ERRORS)


def as_pressroom_error(err: Exception) -> PressroomError:
    """``err`` as an error of this hierarchy (the index package cannot depend on
    it, so its IndexUnavailable is translated here); TypeError for others."""
    if isinstance(err, PressroomError):
        return err
    if isinstance(err, IndexUnavailable):
        return IndexNotReady(str(err), public=err.public)
    raise TypeError(err)
