"""The hostile strings of scripts/hostile_sweep.py: each is put in turn into every value of a site.

Each string is a template: `{n}` becomes the number of the field it is put in, so a payload that
runs (`alert(17)`) or an event-handler attribute that appears in the page names its field.

Why the grapheme variants: Swift's `Character` is a grapheme cluster, so a combining mark after `"`
(U+0301, U+20DD, U+FE0F, U+200D) or a prepended concatenation mark before `<` (U+0600, U+0605,
U+110BD) makes one Character that is not equal to `"` or `<`, and an escaper that compares
Characters lets the quote or the bracket through raw. The payloads are shaped for what a raw
character can do where values land: a raw quote ends a quoted attribute, so its payload is more
attributes (an event handler; autofocus and onfocus so it runs without a mouse); a raw `<` in text
starts a tag, so its payload is an <img> whose onerror runs; a raw `&` or a mark after `<` breaks
XML (the feed and the sitemap), which scripts/parse_outputs.py reports.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hostile:
    name: str  # short, for the summary line
    template: str  # `{n}` is the field's number

    def value(self, n: int) -> str:
        return self.template.replace("{n}", str(n))


# Marks that join the character before them into one grapheme (Extend, ZWJ).
MARKS_AFTER = {"U+0301": "\u0301", "U+20DD": "\u20dd", "U+FE0F": "\ufe0f", "U+200D": "\u200d"}
# Prepended concatenation marks: they join the character after them.
MARKS_BEFORE = {"U+0600": "\u0600", "U+0605": "\u0605", "U+110BD": "\U000110bd"}

# What each character, let through raw, is used for (`{m}` is where the mark goes).
ATTRIBUTES = " autofocus tabindex=1 onfocus=alert({n}) onmouseover=alert({n}) x="
SHAPES_AFTER = {
    '"': '"{m}' + ATTRIBUTES + '"',
    "'": "'{m}" + ATTRIBUTES + "'",
    "<": "<{m}img src=x onerror=alert({n}) x>",
    ">": "-->{m}<img src=x onerror=alert({n}) x>",
    "&": "&{m}lt;img src=x onerror=alert({n}) x&{m}gt;",
}
SHAPES_BEFORE = {
    '"': '{m}"' + ATTRIBUTES + '"',
    "'": "{m}'" + ATTRIBUTES + "'",
    # The `>` that closes the tag carries the mark too, so it is raw as well and each payload is a
    # whole tag: one field's payload cannot swallow the next one's into its attributes.
    "<": "{m}<img src=x onerror=alert({n}) x{m}>",
    ">": "--{m}><img src=x onerror=alert({n}) x>",
    "&": "{m}& {m}&lt;img src=x onerror=alert({n}) x&gt;",
}

CLASSIC = [
    Hostile("script", "<script>alert({n})</script>"),
    Hostile("img-breakout", '"><img src=x onerror=alert({n})>'),
    Hostile("single-quote", "'" + ATTRIBUTES + "'"),
    Hostile("title-close", "</title><script>alert({n})</script>"),
    Hostile("script-close", "</script><script>alert({n})</script>"),
    Hostile("cdata-close", "]]><script>alert({n})</script><![CDATA["),
    Hostile("comment-close", "--><script>alert({n})</script><!--"),
    Hostile("js-url", "javascript:alert({n})"),
    # The two breakouts first reported, as written there.
    Hostile("reported \" U+0301", '"\u0301><img src=x onerror=alert({n})>'),
    Hostile("reported U+0600 <", "\u0600<img src=x onerror=alert({n})>"),
]

GRAPHEME = (
    [Hostile(f"{c} {label}", SHAPES_AFTER[c].replace("{m}", mark)) for c in SHAPES_AFTER for label, mark in MARKS_AFTER.items()]
    + [Hostile(f"{label} {c}", SHAPES_BEFORE[c].replace("{m}", mark)) for c in SHAPES_BEFORE for label, mark in MARKS_BEFORE.items()]
)

# Characters XML 1.0 does not allow at all (the feed and the sitemap must refuse or drop them), and
# values that end in, or are only, a combining mark (it joins whatever the template puts next).
# (`alert({n})` in them is only text: it names the field where a feed or sitemap breaks.)
ODD = [
    Hostile("C0 controls", "C0 \x01\x08\x0b\x0c\x1b\x1f <b>alert({n})</b>"),
    Hostile("NUL", "NUL \x00 alert({n})"),
    Hostile("U+FFFE/FFFF", "Non-characters \ufffe \uffff alert({n})"),
    Hostile("trailing mark", "Ends with a mark alert({n})\u0301"),
    Hostile("only a mark", "\u0301"),
]

ALL = CLASSIC + GRAPHEME + ODD

# The constrained series (ids, addresses, file names...) takes one mark of each kind: marks of one
# kind join a character the same way, and its builds cost as much as the free-text ones (--full
# runs every string in both series).
CONSTRAINED = [h for h in CLASSIC if not h.name.startswith("reported")] + [
    h for h in GRAPHEME if "U+0301" in h.name or "U+0600" in h.name] + ODD
