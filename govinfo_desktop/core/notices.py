"""Messages that are not rule findings — import-report entries, file errors — as a code and parameters.

Each kind of message is one catalogue `Entry` (a stable code, the parameters it takes, its Chinese and
English wording); what a reader or writer found is a `Notice` of that entry, rendered only when a person
reads it. An exception that carries one (`CodedError`) still reads as its Chinese line through str(), so
the CLI and logs keep working, and the window renders it in the language the clerk chose.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from govinfo_desktop.core.messages import CHINESE, MessageTemplate, check_template
from govinfo_desktop.core.safe_text import clean_text

ParamValue = (
    Any  # str, int, or a Notice rendered inside another one (a refusal inside "cannot open")
)


class Entry(NamedTuple):
    """One kind of message: its code, the parameters it takes, and its words."""

    code: str
    params: frozenset[str]
    template: MessageTemplate


_ENTRIES: dict[str, Entry] = {}


def entry(code: str, params: str, zh: str, en: str) -> Entry:
    """Declare a catalogue entry; `params` is the space-separated parameter names. Refuses a template
    that names a parameter the entry does not declare, and a code used twice, when the module loads."""
    declared = Entry(code, frozenset(params.split()), MessageTemplate(zh, en))
    check_template(declared.template, declared.params)
    if code in _ENTRIES:
        raise ValueError(f"提示编号“{code}”重复")
    _ENTRIES[code] = declared
    return declared


def catalogue() -> Mapping[str, Entry]:
    """Every declared entry by code (the catalogue module must have been imported)."""
    return dict(_ENTRIES)


@dataclass(frozen=True)
class Notice:
    """A message as data: which entry, with which parameters."""

    entry: Entry
    params: Mapping[str, ParamValue] = field(default_factory=dict)

    def __post_init__(self) -> None:
        given = frozenset(self.params)
        if given != self.entry.params:
            raise TypeError(
                f"{self.entry.code}: parameters {sorted(given)} != {sorted(self.entry.params)}"
            )

    @property
    def code(self) -> str:
        return self.entry.code

    def render(self, language: str = CHINESE) -> str:
        return self.entry.template.text(language).format_map(self._texts(language))

    def flat_params(self) -> dict[str, str]:
        """The parameters as Chinese text (a nested notice rendered): what JSON and tests compare."""
        return self._texts(CHINESE)

    def _texts(self, language: str) -> dict[str, str]:
        # A parameter may be text from a hostile file (a cell address, a sheet name): a message stays
        # one clean line, whatever it quotes.
        return {
            name: value.render(language) if isinstance(value, Notice) else clean_text(str(value))
            for name, value in self.params.items()
        }

    def codes(self) -> list[str]:
        """This notice's code, then the code of the notice given as its reason, and so on."""
        inner = [value for value in self.params.values() if isinstance(value, Notice)]
        return [self.code, *(inner[0].codes() if inner else [])]

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "params": self.flat_params(), "message": self.render()}

    def __str__(self) -> str:
        return self.render()


def notice(entry: Entry, /, **params: ParamValue) -> Notice:
    return Notice(entry, params)


class Coded:
    """Something that says one notice (an error, a report entry): its code, parameters and words."""

    notice: Notice

    @property
    def code(self) -> str:
        return self.notice.code

    @property
    def params(self) -> dict[str, str]:
        return self.notice.flat_params()

    def render(self, language: str = CHINESE) -> str:
        return self.notice.render(language)


class CodedError(Coded, Exception):
    """An error that is one catalogue notice; str() is its Chinese line (what the CLI prints)."""

    def __init__(self, entry: Entry | Notice, /, **params: ParamValue) -> None:
        self.notice = entry if isinstance(entry, Notice) else Notice(entry, params)
        super().__init__(self.notice.render())

    def __str__(self) -> str:
        return self.notice.render()

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.notice,))
