"""The vocabulary mutation_cases.py is written in: edits to a copy of the site, and what a finding
must say (rule, file, line), with lines found by the text they hold so that cases survive edits
to the example elsewhere in a file."""

import os

BOM = "\ufeff"


class EditDoesNotApply(Exception):
    """The text an edit looks for is not in the example (any more)."""


def _read(site, path, errors="strict"):
    with open(os.path.join(site, path), encoding="utf-8", errors=errors, newline="") as handle:
        return handle.read()


def _write(site, path, text):
    full = os.path.join(site, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


class Replace:
    """Replaces the `occurrence`-th appearance of `old` (1-based) in `path`."""

    def __init__(self, path, old, new, occurrence=1):
        self.path, self.old, self.new, self.occurrence = path, old, new, occurrence

    def apply(self, site):
        text = _read(site, self.path)
        start = -1
        for _ in range(self.occurrence):
            start = text.find(self.old, start + 1)
            if start < 0:
                raise EditDoesNotApply("%r (occurrence %d) is not in %s" % (self.old, self.occurrence, self.path))
        _write(site, self.path, text[:start] + self.new + text[start + len(self.old):])


class ReplaceAll:
    """Replaces every appearance of `old` in `path` (at least one)."""

    def __init__(self, path, old, new):
        self.path, self.old, self.new = path, old, new

    def apply(self, site):
        text = _read(site, self.path)
        if self.old not in text:
            raise EditDoesNotApply("%r is not in %s" % (self.old, self.path))
        _write(site, self.path, text.replace(self.old, self.new))


class DeleteLines:
    """Deletes `count` lines starting at the first line that contains `text`."""

    def __init__(self, path, text, count=1):
        self.path, self.text, self.count = path, text, count

    def apply(self, site):
        lines = _read(site, self.path).splitlines(keepends=True)
        for index, line in enumerate(lines):
            if self.text in line:
                del lines[index:index + self.count]
                _write(site, self.path, "".join(lines))
                return
        raise EditDoesNotApply("no line of %s contains %r" % (self.path, self.text))


class ReplaceLine:
    """Replaces the whole first line that contains `text` with `new` (a line, no line break)."""

    def __init__(self, path, text, new):
        self.path, self.text, self.new = path, text, new

    def apply(self, site):
        lines = _read(site, self.path).splitlines(keepends=True)
        for index, line in enumerate(lines):
            if self.text in line:
                ending = line[len(line.rstrip("\r\n")):]
                lines[index] = self.new + ending
                _write(site, self.path, "".join(lines))
                return
        raise EditDoesNotApply("no line of %s contains %r" % (self.path, self.text))


class Encode:
    """Saves a file in another encoding (as editors on Windows sometimes do)."""

    def __init__(self, path, encoding):
        self.path, self.encoding = path, encoding

    def apply(self, site):
        text = _read(site, self.path)
        with open(os.path.join(site, self.path), "wb") as handle:
            handle.write(text.encode(self.encoding))


class MoveLines:
    """Moves `count` lines starting at the line containing `text` to just before the line containing `before`."""

    def __init__(self, path, text, count, before):
        self.path, self.text, self.count, self.before = path, text, count, before

    def apply(self, site):
        lines = _read(site, self.path).splitlines(keepends=True)
        starts = [i for i, line in enumerate(lines) if self.text in line]
        if not starts:
            raise EditDoesNotApply("no line of %s contains %r" % (self.path, self.text))
        block = lines[starts[0]:starts[0] + self.count]
        del lines[starts[0]:starts[0] + self.count]
        targets = [i for i, line in enumerate(lines) if self.before in line]
        if not targets:
            raise EditDoesNotApply("no line of %s contains %r" % (self.path, self.before))
        lines[targets[0]:targets[0]] = block
        _write(site, self.path, "".join(lines))


class Remove:
    def __init__(self, path):
        self.path = path

    def apply(self, site):
        full = os.path.join(site, self.path)
        if not os.path.exists(full):
            raise EditDoesNotApply("%s does not exist" % self.path)
        os.remove(full)


class Write:
    """Writes a new file (text, or bytes for encodings other than UTF-8)."""

    def __init__(self, path, content):
        self.path, self.content = path, content

    def apply(self, site):
        full = os.path.join(site, self.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        mode = "wb" if isinstance(self.content, bytes) else "w"
        with open(full, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as handle:
            handle.write(self.content)


class Transform:
    """Rewrites a whole file with `function(text) -> text` (BOMs, line endings)."""

    def __init__(self, path, function):
        self.path, self.function = path, function

    def apply(self, site):
        _write(site, self.path, self.function(_read(site, self.path)))


class Append:
    def __init__(self, path, text):
        self.path, self.text = path, text

    def apply(self, site):
        _write(site, self.path, _read(site, self.path) + self.text)


class At:
    """The line (1-based) of the `occurrence`-th line containing `text`, in the edited file."""

    def __init__(self, text, occurrence=1):
        self.text, self.occurrence = text, occurrence

    def line_in(self, site, path):
        seen = 0
        for number, line in enumerate(_read(site, path, errors="replace").splitlines(), start=1):
            if self.text in line:
                seen += 1
                if seen == self.occurrence:
                    return number
        raise EditDoesNotApply("no line of %s contains %r to expect a finding at" % (path, self.text))


# A finding about a whole document that does not exist: the path where it belongs, at no line.
NO_LINE = "no line"
# Any rule (for problems no publication rule covers, such as YAML syntax): file and line still count.
ANY_RULE = "any rule"


class Expect:
    """A finding that must be reported: `rule` (an id, a tuple of acceptable ids, None for a finding
    with no rule, or ANY_RULE), in `file`, at `line` (a number, At(...), or NO_LINE)."""

    def __init__(self, rule, file, line, level=None):
        self.rule, self.file, self.line, self.level = rule, file, line, level

    def resolve(self, site):
        line = self.line.line_in(site, self.file) if isinstance(self.line, At) else self.line
        return Wanted(self.rule, self.file, line, self.level)


class Wanted:
    def __init__(self, rule, file, line, level):
        self.rule, self.file, self.line, self.level = rule, file, line, level

    def matches(self, finding):
        if finding.get("file") != self.file:
            return False
        if self.line == NO_LINE:
            if finding.get("line") not in (None, 0):
                return False
        elif finding.get("line") != self.line:
            return False
        if self.level and finding.get("level") != self.level:
            return False
        rule = finding.get("rule")
        if self.rule == ANY_RULE:
            return True
        if isinstance(self.rule, tuple):
            return rule in self.rule
        return rule == self.rule

    def __str__(self):
        rule = self.rule if isinstance(self.rule, str) else "|".join(r or "-" for r in self.rule) \
            if isinstance(self.rule, tuple) else "-"
        return "%s at %s:%s" % (rule, self.file, self.line)


class Defect:
    def __init__(self, name, edits, expect):
        self.name = name
        self.edits = edits if isinstance(edits, list) else [edits]
        self.expect = expect if isinstance(expect, list) else [expect]


class Harmless:
    def __init__(self, name, edits):
        self.name = name
        self.edits = edits if isinstance(edits, list) else [edits]
