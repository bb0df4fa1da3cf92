"""Decoding bytes to text, and repair of mojibake left in text.

:func:`decode_document` picks the charset in this order: a byte-order mark,
then valid UTF-8 (bytes that decode as UTF-8 are UTF-8 whatever a stale
declaration says), a ``<meta charset>`` / ``http-equiv`` / XML declaration in
the first bytes, the HTTP header charset, then detection among GB18030 (a
superset of GB2312 and GBK) and Big5 with charset-normalizer. A declared
charset is used only if the bytes decode under it without errors;
Latin-1/ASCII declarations are weak (servers send them by default) and lose
to a strict Chinese decoding. When nothing decodes cleanly, UTF-8 is decoded
with stray GBK pairs read as GB18030 (flag ``mixed-encoding``), else
GB18030 with replacement characters (flags ``decode-fallback``,
``replacement-characters``).

:func:`find_edits` is the ``encoding`` cleaning step: CRLF newlines, UTF-8
or GBK bytes that were read as Latin-1/cp1252, UTF-8 read as GBK, and
whatever else ftfy recognises as mojibake (its width fix and quote
uncurling off: full-width forms are Chinese typography). Runs of ``?`` or
U+FFFD left by a failed conversion are flagged, never deleted: what they
stood for is lost.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field

import ftfy
from charset_normalizer import from_bytes

from ..changes import ChangeLog, Edit, trim_replacement
from ..records import RawDocument
from .context import DocContext
from .mojibake import CHINESE as _CHINESE
from .mojibake import CJK, latin1_mojibake
from .mojibake import CP1252_EXTRA as _CP1252_EXTRA
from .mojibake import common as _common
from .mojibake import mostly_chinese as _mostly_chinese
from .mt_repair import run_passes

SNIFF_BYTES = 4096
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "ms936": "gb18030",
    "gb_2312-80": "gb18030", "euc-cn": "gb18030", "csgb2312": "gb18030", "gb18030": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-x-big5": "big5hkscs", "cp950": "big5hkscs",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode-1-1-utf-8": "utf-8",
}
_WEAK = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"}
_DETECT = ["utf_8", "gb18030", "big5hkscs"]


@dataclass
class Decoded:
    text: str
    charset: str
    flags: list[str] = field(default_factory=list)


def _gb_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: a byte pair that is not UTF-8 but is a GB18030
    character (a GBK fragment pasted into a UTF-8 page) decodes as GB18030."""
    pair = exc.object[exc.start : exc.start + 2]
    if len(pair) == 2 and pair[0] >= 0x81 and pair[1] >= 0x40:
        try:
            return pair.decode("gb18030"), exc.start + 2
        except UnicodeDecodeError:
            pass
    return "\ufffd", exc.start + 1


codecs.register_error("pipeline-gb-fallback", _gb_fallback)


def decode_document(raw: RawDocument) -> Decoded:
    data = raw.content
    for bom, charset in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(charset, errors="replace")
            return Decoded(text, charset + "-bom", _replacement_flags(text))
    declared = [_canonical(c) for c in (*_sniff_declared(data), raw.http_charset) if c]
    utf8 = _strict(data, "utf-8")
    if utf8 is not None:
        # Valid UTF-8 with non-ASCII content is practically never GBK or Big5
        # by accident, while pages that moved to UTF-8 often keep an old declaration.
        wrong = any(c not in ("utf-8", *_WEAK) for c in declared) and not utf8.isascii()
        return Decoded(utf8, "utf-8", ["charset-declared-wrong"] if wrong else [])
    for charset in declared:
        text = _strict(data, charset) if charset and charset not in _WEAK else None
        if text is not None:
            return Decoded(text, charset)
    flags = ["charset-declared-wrong"] if any(c not in _WEAK for c in declared) else []
    weak = any(c in _WEAK for c in declared)
    detected = _detect(data, ["cp1252"] if weak else [])
    if detected:
        return Decoded(detected[1], detected[0], flags)
    return _fallback(data, flags)


def _sniff_declared(data: bytes) -> list[str]:
    head = data[:SNIFF_BYTES]
    found = [m.group(1).decode("ascii", "ignore") for m in (_XML_DECL.search(head), _META_CHARSET.search(head)) if m]
    return found


def _canonical(name: str) -> str:
    name = name.strip().lower()
    if name in _ALIASES:
        return _ALIASES[name]
    try:
        return codecs.lookup(name).name if name not in _WEAK else name
    except LookupError:
        return ""


def _strict(data: bytes, charset: str) -> str | None:
    try:
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes, extra: list[str]) -> tuple[str, str] | None:
    """A charset the whole document decodes under without errors. Latin-1 is
    a candidate only when the document declared it (``extra``)."""
    text = _strict(data, "utf-8")
    if text is not None:
        return "utf-8", text
    best = from_bytes(data, cp_isolation=_DETECT + extra).best()
    guess = _canonical(best.encoding.replace("_", "-")) if best else "gb18030"
    for charset in dict.fromkeys([guess, "gb18030", "big5hkscs"]):
        text = _strict(data, charset)
        if text is not None:
            return charset, text
    return None


def _fallback(data: bytes, flags: list[str]) -> Decoded:
    """No charset decodes every byte. Mostly UTF-8 (few bad sequences): UTF-8
    with the stray pairs read as GB18030. Otherwise the Chinese charset that
    leaves the fewest replacement characters."""
    utf8_plain = data.decode("utf-8", errors="replace")
    valid = sum(len(ch.encode("utf-8")) for ch in utf8_plain if ord(ch) > 127 and ch != "\ufffd")
    if valid >= 0.7 * sum(1 for b in data if b > 127):
        mixed = _decode_runs(data)
        extra = ["mixed-encoding"] if mixed != utf8_plain else []
        return Decoded(mixed, "utf-8", sorted({*flags, "decode-fallback", *extra, *_replacement_flags(mixed)}))
    options = [(data.decode(c, errors="replace"), c) for c in ("gb18030", "big5hkscs")]
    text, charset = min(options, key=lambda o: o[0].count("\ufffd"))
    return Decoded(text, charset, sorted({*flags, "decode-fallback", *_replacement_flags(text)}))


def _decode_runs(data: bytes) -> str:
    """Decode each run of non-ASCII bytes on its own: UTF-8, else GB18030,
    else UTF-8 with stray GB18030 pairs (ASCII is the same in all three)."""
    out = []
    for i, part in enumerate(re.split(rb"([\x80-\xff]+)", data)):
        if i % 2 == 0:
            out.append(part.decode("ascii"))
        else:
            out.append(_strict(part, "utf-8") or _strict(part, "gb18030") or part.decode("utf-8", errors="pipeline-gb-fallback"))
    return "".join(out)


def _replacement_flags(text: str) -> list[str]:
    return ["replacement-characters"] if "\ufffd" in text else []


# --- the cleaning step ------------------------------------------------------

_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)
_SUSPECT_LINE = re.compile(f"[\u0080-\u02ff{_CP1252_EXTRA}\ufffd]")
# Non-ASCII runs, with the "?" a lossy converter may have left inside or after them.
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s][^\x00-\x7f\s?]*(?:\?+[^\x00-\x7f\s][^\x00-\x7f\s?]*)*\?*")
_LOST = re.compile(r"[\ufffd?]+")
# U+FFFD written as UTF-8 and read as GBK: the classic trace of a lossy conversion.
_KUNKIN = re.compile("(?:锟斤拷)+")
_ENTITY = re.compile(r"&(?:amp;)*(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_QMARK_RUN = re.compile(
    f"\\?{{3,}}|(?<=\\w)\\?{{2,}}(?=\\w)|(?<=[{CJK}])\\?+(?=[{CJK}])|(?<=[{CJK}])\\?{{2,}}|\\?{{2,}}(?=[{CJK}])"
)


def find_edits(text: str, ctx: DocContext) -> list[Edit]:
    # latin1_mojibake runs again after ftfy: a GBK run glued to a UTF-8 run
    # decodes only once ftfy has repaired its neighbour.
    edits = run_passes(text, ctx, _PASSES)
    _flag_failed_conversion(text, ctx)
    _repair_fields(ctx)
    return edits


def _repair_fields(ctx: DocContext) -> None:
    """The title and string metadata taken from the page's head (``<title>``,
    ``<meta>``) carry the same mojibake as its text; they are repaired in place."""
    if ctx.title:
        ctx.title = repair_string(ctx.title, ctx)
    for key, value in list(ctx.metadata.items()):
        if isinstance(value, str):
            ctx.metadata[key] = repair_string(value, ctx)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            ctx.metadata[key] = [repair_string(v, ctx) for v in value]


def repair_string(value: str, ctx: DocContext) -> str:
    if value.isascii():
        return value
    log = ChangeLog(value)
    log.apply(run_passes(value, ctx, _PASSES[2:]))
    return log.text


def newlines(text: str, ctx: DocContext) -> list[Edit]:
    return [Edit(m.start(), m.end(), "\n", "normalize", "encoding.newline.crlf") for m in re.finditer(r"\r\n?", text)]


def html_entities(text: str, ctx: DocContext) -> list[Edit]:
    """``&#20013;&#22269;`` -> ``中国``, ``&amp;`` -> ``&``: character references
    left in text (a page saved as text, or escaped twice). ``&nbsp;`` becomes a
    plain space."""
    edits = []
    for m in _ENTITY.finditer(text):
        after = m.group()
        while "&" in after and html.unescape(after) != after:  # escaped twice: &amp;#20013;
            after = html.unescape(after)
        if after == m.group() or not after.isprintable() and after != "\xa0":
            continue
        edits.append(Edit(m.start(), m.end(), " " if after == "\xa0" else after, "encoding", "encoding.html-entity"))
    return edits


def ftfy_mojibake(text: str, ctx: DocContext) -> list[Edit]:
    """ftfy over each suspicious line; the edit covers only what changed."""
    edits = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if _SUSPECT_LINE.search(line):
            fixed = ftfy.fix_text(line, _FTFY)
            if fixed != line:
                a, b, after = trim_replacement(line, fixed)
                edits.append(Edit(pos + a, pos + b, after, "encoding", "encoding.mojibake.ftfy"))
        pos += len(line)
    return edits



def utf8_read_as_gbk(text: str, ctx: DocContext) -> list[Edit]:
    """UTF-8 bytes read as GBK (``鏀垮簻`` -> ``政府``) or Big5, repaired when
    the run maps back to bytes that are valid UTF-8 Chinese. Genuine Chinese
    text almost never passes: its lead bytes are UTF-8 continuation bytes.
    Where the conversion lost bytes (``?`` or U+FFFD), each stretch between the
    losses is repaired on its own and the loss stays marked with U+FFFD."""
    edits = []
    for m in _NON_ASCII_RUN.finditer(text):
        if len(m.group()) < 3:
            continue
        for codec in ("gbk", "big5"):
            found = _repair_run(m.group(), m.start(), codec) or _mixed_run(m.group(), m.start(), codec)
            if found:
                edits += found
                break
    return edits


MAX_MIXED_CHARS = 90


def _plain_char(ch: str) -> bool:
    """Printable ASCII, Chinese punctuation, or a common Simplified or Traditional character."""
    if ch.isascii():
        return ch.isprintable()
    return bool(_CHINESE.match(ch)) and (not re.match(f"[{CJK}]", ch) or _common(ch, "gb18030") or _common(ch, "big5"))


def _mixed_run(run: str, start: int, codec: str) -> list[Edit]:
    """Genuine Chinese and UTF-8-read-as-GBK mojibake in one run
    (``坚持发展鏀垮簻宸ヤ綔`` -> ``坚持发展政府工作``): the longest stretch from
    each character whose bytes start a UTF-8 sequence that decodes to Chinese.
    A stretch must hold a character outside the common set (GB2312 level 1
    and 2, Big5 level 1), as mojibake nearly always does."""
    if _LOST.search(run):
        return []
    edits, i = [], 0
    while i < len(run) - 2:
        found = _mixed_from(run, i, codec)
        if found is None:
            i += 1
            continue
        j, fixed = found
        edits.append(Edit(start + i, start + j, fixed, "encoding", f"encoding.mojibake.utf8-as-{codec}"))
        i = j
    return edits


def _mixed_from(run: str, i: int, codec: str) -> tuple[int, str] | None:
    try:
        lead = run[i].encode(codec)[0]
    except UnicodeEncodeError:
        return None
    if not 0xE3 <= lead <= 0xEF:
        return None
    for j in range(min(len(run), i + MAX_MIXED_CHARS), i + 2, -1):
        piece = run[i:j]
        fixed = _utf8_from(piece, codec)
        if fixed is None or not all(_plain_char(ch) for ch in fixed):
            continue
        if any(not _common(ch, "gb18030" if codec == "gbk" else "big5") for ch in piece):
            return j, fixed
    return None


def _repair_run(run: str, start: int, codec: str) -> list[Edit]:
    rule = f"encoding.mojibake.utf8-as-{codec}"
    fixed = _utf8_from(run, codec)
    if fixed is not None:
        return [Edit(start, start + len(run), fixed, "encoding", rule)]
    edits, pos = [], start
    for piece in _LOST.split(run) if _LOST.search(run) else []:
        partial = _utf8_from(piece, codec, trim=True) if len(piece) >= 2 else None
        if partial is not None:
            edits.append(Edit(pos, pos + len(piece), partial, "encoding", rule + "-lossy", 0.8))
        pos += len(piece)
        lost = _LOST.match(run, pos - start)
        pos += len(lost.group()) if lost else 0
    return edits


def _utf8_from(s: str, codec: str, trim: bool = False) -> str | None:
    """``s`` encoded with ``codec`` and decoded as UTF-8, when that gives
    Chinese. With ``trim``, up to two bytes cut off by a lost neighbour may be
    dropped at either end (each dropped edge becomes U+FFFD)."""
    try:
        data = s.encode(codec)
    except UnicodeEncodeError:
        return None
    cuts = [(0, 0)] + ([(a, b) for a in range(3) for b in range(3) if a or b] if trim else [])
    for a, b in cuts:
        fixed = _strict(data[a : len(data) - b], "utf-8")
        if fixed and fixed != s and len(fixed) >= 2 and _mostly_chinese(fixed):
            return ("\ufffd" if a else "") + fixed + ("\ufffd" if b else "")
    return None


def _flag_failed_conversion(text: str, ctx: DocContext) -> None:
    if "\ufffd" in text or _KUNKIN.search(text):
        _flag(ctx, "failed-conversion:replacement-char")
    if _QMARK_RUN.search(text):
        _flag(ctx, "failed-conversion:?-run")


def _flag(ctx: DocContext, flag: str) -> None:
    if flag not in ctx.flags:
        ctx.flags.append(flag)


_PASSES = [newlines, html_entities, latin1_mojibake, ftfy_mojibake, latin1_mojibake, utf8_read_as_gbk]
