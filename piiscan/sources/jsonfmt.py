"""JSON lines and JSON documents (arrays of posts, nested exports).

Records are the string values, one per key path (``user.email``, ``items[0].note``),
and the numbers of members whose key says they hold a phone, a card number or a
coordinate (``"phone": 14155550113``, ``"lat": 52.52``), as written. The writer splices
each changed value's token in place, so the rest of the line (key order, spacing, number
formatting, escapes) stays byte for byte; a changed number stays a number when its
replacement is one (a coordinate's pseudonym), else it becomes a string (a card's token).

A name/value pair's value (``{"key": "username", "value": ...}``) goes by the pair's
name (``pair_name``), and a bare ``name`` beside its object's own e-mail or login by a
person's: the records carry it as a ``hint`` (see process.process_batch).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from json.decoder import scanstring
from pathlib import Path

from ..config import InputFormat
from ..detect.structure import holds_numeric_pii, is_thing_object, is_uuid, object_kind
from .base import (
    JS_ARCHIVE,
    Chunk,
    InputFile,
    Problem,
    ReadOptions,
    decode_line,
    encode_back,
    is_clean,
    records_frame,
    refuse_wide_lines,
    split_eol,
)
from .compression import atomic_output, compression_of, open_read

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?"
_SCALAR = re.compile(_NUMBER + "|true|false|null")
_IS_NUMBER = re.compile(_NUMBER)


class _Located:
    """String values of a JSON text with their token positions: (path, start, end, value,
    key start): the last is where the member's key begins (-1 in an array or at the top),
    so a writer can remove the whole member."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[tuple[list, int, int, str, int]] = []
        self._key_at = -1  # the key of the member whose value is read next

    def value(self, pos: int, path: list) -> int:
        pos = _WS.match(self.text, pos).end()
        ch = self.text[pos : pos + 1]
        key_at, self._key_at = self._key_at, -1
        if ch == '"':
            value, end = scanstring(self.text, pos + 1)
            self.out.append((path, pos, end, value, key_at))
            return end
        if ch == "{":
            pos = _WS.match(self.text, pos + 1).end()
            if self.text[pos : pos + 1] == "}":
                return pos + 1
            while True:
                pos = _WS.match(self.text, pos).end()
                key_at = pos
                key, pos = scanstring(self.text, pos + 1)
                pos = _WS.match(self.text, pos).end() + 1  # the colon
                self._key_at = key_at
                pos = self.value(pos, [*path, key])
                pos = _WS.match(self.text, pos).end()
                if self.text[pos] == "}":
                    return pos + 1
                pos += 1  # the comma
        if ch == "[":
            pos = _WS.match(self.text, pos + 1).end()
            if self.text[pos : pos + 1] == "]":
                return pos + 1
            i = 0
            while True:
                pos = self.value(pos, [*path, i])
                pos = _WS.match(self.text, pos).end()
                if self.text[pos] == "]":
                    return pos + 1
                pos += 1
                i += 1
        m = _SCALAR.match(self.text, pos)
        if not m:
            raise ValueError(f"unexpected character at {pos}")
        if ch in "-0123456789":
            # the member's key, or the array's (GeoJSON's "coordinates": [13.405, 52.52])
            key = next((p for p in reversed(path) if isinstance(p, str)), None)
            if key is not None and holds_numeric_pii(key):
                self.out.append((path, pos, m.end(), m.group(), key_at))
        return m.end()


def locate_strings(text: str, start: int = 0) -> list[tuple[list, int, int, str, int]]:
    """Only call on text that ``json.loads`` accepted (from ``start``: after a BOM)."""
    loc = _Located(text)
    loc.value(start, [])
    return loc.out


class _Number(str):
    """A JSON number as written (json.loads' parse_int/parse_float hand it over): a
    coordinate's '52.5200' keeps its zeros."""


class _Members(list):
    """A JSON object's (key, value) pairs in document order, duplicate keys included."""


def _no_constant(name: str):
    raise ValueError(f"{name} is not JSON")  # NaN, Infinity: locate_strings refuses them too


# A JSON string token. In valid JSON no quote stands outside a string, so the n-th match
# is the n-th string token of the text, keys included.
_STRING_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')


def json_document_values(text: str, hints: dict[int, str] | None = None
                         ) -> tuple[object, list[tuple[str | None, str, int, int, int]]]:
    """What :func:`locate_strings` finds, by ``json.loads`` (C) instead of a walk of the
    characters in Python: per value, (field as :func:`path_to_field` writes its path,
    value, its index among locate_strings' results, its string token's number, its key's
    token number or -1); a number's token number is -1 (its place is found by
    locate_strings, when it changes: see :func:`value_spans`); and the parsed document.
    ``hints``, if given, gets the name each value of a name/value pair goes by (see
    :func:`pair_name`), by its index in the list. Raises ValueError for what is not JSON."""
    doc = json.loads(text, object_pairs_hook=_Members, parse_int=_Number, parse_float=_Number,
                     parse_constant=_no_constant)
    out: list[tuple[str | None, str, int, int, int]] = []
    tokens = 0
    numeric = _NUMERIC_KEYS

    def walk(node, field: str, key: str | None, key_token: int) -> None:
        # key: the nearest member's key above (GeoJSON's "coordinates": [13.405, 52.52])
        nonlocal tokens
        if isinstance(node, _Number):
            if key is not None:
                wanted = numeric.get(key)
                if wanted is None:
                    if len(numeric) > 50_000:  # keys that are ids ({"u_8812": 3, ...}): stay bounded
                        numeric.clear()
                    wanted = numeric[key] = holds_numeric_pii(key)
                if wanted:
                    out.append((field or None, str(node), len(out), -1, key_token))
        elif isinstance(node, str):
            out.append((field or None, node, len(out), tokens, key_token))
            tokens += 1
        elif isinstance(node, _Members):
            pair = _pair(node) or _attribute_resource(node) if hints is not None else None
            paired, pair_values = pair if pair else (None, ())
            kind = _kind(node) if hints is not None else None
            named = hints is not None and kind in (None, "user") and _names_its_person(node) and not is_thing_object(field)
            device = _device_keys(node) if hints is not None and not named else frozenset()
            # a place by its coordinates and its name: a chat's shared location (Wire's {"latitude": ...,
            # "longitude": ..., "name": "Loltong"}), whose coordinates are found as a place's too
            placed = hints is not None and kind is None and not named and not device and _at_coordinates(node)
            own_line = _own_line(node) if hints is not None else None
            # a chat's bot by its own flag (Telegram's and Bale's Bot API: {"is_bot": true, "first_name": "سپهر
            # موبایل", "username": "sepehrmobile_bot"}): its names and login are the service's, no one's
            bot = hints is not None and len(node) <= 20 and any(k == "is_bot" and v is True for k, v in node)
            # a Bot Framework activity's party (a ChannelAccount: {"id": ..., "name": "Coquí", "role": "bot"}): the
            # bot's name is the service's; a user's, or a human agent's speaking through the bot ('Lizmarie P.
            # (Agente)'), is a person's
            party = _channel_account(node) if hints is not None else None
            # an availability test's result (Application Insights' export: {"availability": [...], "context":
            # {"location": {"city": "San Antonio", ...}}}): its location is the probe's that ran it, no one's
            probe = hints is not None and not field and any(k == "availability" for k, _ in node)
            if party == "bot":
                bot = True
            elif party == "user":
                named = True
            # a Frappe document (ERPNext's, Frappe Helpdesk's, by the fields every DocType has): its 'name' is its
            # key, a random hash as often ({"name": "i9bos78r18", "owner": "Guest", "docstatus": 0, ...}), no one's
            frappe = hints is not None and _a_frappe_document(node)
            # a text message of Android's store (SMS Import / Export's NDJSON): its 'address' is the other party, a
            # number or a sender's name ('MPESA', 'NCBA_BANK'), no place
            sms = hints is not None and _an_sms_message(node)
            # a chat's id by its channel (Wazzup's webhook: {"chatType": "whatsapp", "chatId": "79298698719"}): a
            # messenger's number or its login, or the platform's own id (Telegram's)
            chat = _chat_id_kind(node) if hints is not None else None
            for name, value in node:
                tokens += 1  # the key's token
                if sms and name == "address" and isinstance(value, str):
                    hints[len(out)] = f"{field}.sms.party" if field else "sms.party"
                elif chat is not None and name in _CHAT_ID_KEYS and isinstance(value, str):
                    hints[len(out)] = f"{field}.chat.{chat}" if field else f"chat.{chat}"
                elif bot and name in _BOTS_NAME_KEYS and isinstance(value, str):
                    hints[len(out)] = f"{field}.bot.name" if field else "bot.name"
                elif frappe and name == "name" and isinstance(value, str):
                    hints[len(out)] = f"{field}.doc.id" if field else "doc.id"
                elif named and name == "name" and isinstance(value, str):
                    hints[len(out)] = f"{field}.user.name" if field else "user.name"
                elif kind is not None and name == "name" and isinstance(value, str) and "name" not in device:
                    # (a device's record said to be a member's is the device's: ZeroTier's {"type": "Member"})
                    # an object that says what it is: a board's, a team's, a system's name is no one's,
                    # a user's is a person's (Miro's audit log's object: {"type": "board", "name": ...})
                    hints[len(out)] = f"{field}.{kind}.name" if field else f"{kind}.name"
                elif placed and name == "name" and isinstance(value, str):
                    hints[len(out)] = f"{field}.location" if field else "location"
                elif name.lower() in device and isinstance(value, str):
                    # a device's own name and hardware UUID (Device42's 'name' and 'uuid', Fleet's
                    # host 'uuid'): the machine's, as 'device.name' and 'device.uuid' are
                    own = "uuid" if name == "id" else name.lower()
                    hints[len(out)] = f"{field}.device.{own}" if field else f"device.{own}"
                if probe and name == "context":
                    first = len(out)
                    walk(value, name, name, tokens - 1)
                    for n in range(first, len(out)):
                        if out[n][0] is not None and out[n][0].startswith("context.location."):
                            hints[n] = "probe." + out[n][0].rpartition(".")[2]
                    continue
                if own_line is not None and name in _PARTY_KEYS:
                    first = len(out)
                    walk(value, f"{field}.{name}" if field else name, name, tokens - 1)
                    for n in range(first, len(out)):
                        if out[n][1] == own_line:
                            # a messaging API's party that is the account's own line (Bandwidth's 'to' of a
                            # message received, 'from' of one sent: the 'owner'): the firm's, no one's
                            hints[n] = f"{field}.owner_line" if field else "owner_line"
                    continue
                if paired is None or name.lower() not in pair_values:
                    if paired is not None and isinstance(value, str) and (
                            name.lower() in _NAME_KEYS or name == "text" and _PAIR_NAME_CHARS.sub("_", value.strip()) == paired):
                        # the pair's name, a label ({"name": "nombre", "value": ...}, a chatbot's slot):
                        # no one's name itself
                        hints[len(out)] = f"{field}.fieldname" if field else "fieldname"
                    walk(value, f"{field}.{name}" if field else name, name, tokens - 1)
                    continue
                # (a number stays by its own key: locate_strings, which must list the same
                # values, reads the text in one pass and may meet the pair's name after it)
                first = len(out)
                at = f"{field}.{name}" if field else name
                walk(value, at, name, tokens - 1)
                named = f"{field}.{paired}" if field else paired
                for n in range(first, len(out)):
                    # below the value, its own keys go on ({"key": "user", "value": {"login": ..}}:
                    # 'user.login'), but a typed value's wrapper ("string_value") names nothing
                    below = _VALUE_WRAPPER.sub("", out[n][0][len(at):])
                    if name == "attributes":  # (a JSON:API resource's: its value alone, see _attribute_resource)
                        if below == ".value":
                            hints[n] = named
                        continue
                    hints[n] = named + below
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{field}[{i}]", key, -1)

    walk(doc, "", None, -1)
    return doc, out


_NUMERIC_KEYS: dict[str, bool] = {}  # holds_numeric_pii per key

# A name/value pair: an object that says what its value is in a sibling member, as
# GitLab's request params ({"key": "username", "value": ...}), Microsoft 365's and
# Entra's audit parameters ({"Name": "Identity", "Value": ...}), AWS tags ({"Key":
# "Owner", ...}), GA4's event params ({"key": ..., "value": {"string_value": ...}}),
# helpdesks' custom fields ({"id": 7, "name": "Phone", "value": ...}). Its value's key
# path says nothing ('params[3].value'); the pair's name is what a column's would be.
_PAIR_NAMES = ("label", "name", "fieldname", "field_name", "displayname", "display_name", "key", "field", "attribute",
               "property", "parameter", "param", "tagkey",  # by preference: a label over a key
               "variable_name", "variablename",  # (Paystack's metadata: {"display_name": .., "variable_name": ..})
               "setting")  # (Open edX's settings change: {"setting": "city", "old": "Ankara", "new": "Eskişehir"})
_PAIR_VALUES = frozenset({"value", "values", "val", "fieldvalue", "field_value", "tagvalue",
                          "answer"})  # (a form's question's answer: Jotform's, see _pair; not a chat's
# {"question": .., "answer": ..}, whose question is a user's prose, and stays read as such)
_JOTFORM_QUESTION = re.compile(r"control_")
_NAME_KEYS = frozenset({"name", "displayname", "display_name"})  # (a pair's name a person's field would be)
_PAIR_VALUE_SPELLINGS = frozenset({*_PAIR_VALUES, *(v.upper() for v in _PAIR_VALUES), "Value", "Values", "Val", "Answer",
                                   "fieldValue", "FieldValue", "Field_Value", "tagValue", "TagValue"})
# GA4's {"string_value": ..}, OpenTelemetry's {"stringValue": ..}, DynamoDB's {"S": ..}
_VALUE_WRAPPER = re.compile(r"\.(?:[a-z]+_value|[a-z]+Value|[SNB])(?=\.|\[|$)")
_PAIR_NAME_CHARS = re.compile(r"[.\[\]]+")  # path separators inside a name ('user.email')
# A change's record names what changed and gives it before and after: JumpCloud's
# {"field": "serialNumber", "from": "", "to": ...}, Jira's changelog items ({"field":
# "assignee", "fromString": ..., "toString": ...}), an audit trail's old and new values.
# Both members must be there: a lone 'from' is a message's sender
_CHANGE_PAIRS = (("from", "to"), ("fromstring", "tostring"), ("old", "new"), ("oldvalue", "newvalue"),
                 ("old_value", "new_value"), ("before", "after"), ("previousvalue", "newvalue"))
_LONE_CHANGE_VALUES = frozenset({"newvalue", "new_value", "oldvalue", "old_value", "previousvalue"})
_CHANGE_SPELLINGS = frozenset({"from", "to", "fromString", "toString", "old", "new", "oldValue", "newValue",
                               "OldValue", "NewValue", "old_value", "new_value", "before", "after",
                               "previousValue"})
_VALUE_SPELLINGS = _PAIR_VALUE_SPELLINGS | _CHANGE_SPELLINGS


# A message's parties, one of which a messaging API's webhook names as the account's own line (its 'owner')
_PARTY_KEYS = frozenset({"to", "from", "To", "From"})


def _own_line(node: list[tuple[str, object]]) -> str | None:
    """The number a messaging API's event says owns its message (Bandwidth's {"owner": "+1833...",
    "direction": "in", "to": [...], "from": ...}, its own or its 'message' member's), or None."""
    for name, value in node:
        if name == "owner" and isinstance(value, str) and value[:1] == "+" and any(k == "direction" for k, _ in node):
            return value
        if name == "message" and isinstance(value, _Members):
            inner = _own_line(value)
            if inner is not None:
                return inner
    return None


# A chat bot's own names and login, beside its 'is_bot' flag (see json_document_values)
_BOTS_NAME_KEYS = frozenset({"first_name", "last_name", "username", "name"})
# The fields every Frappe document has beside its 'name' (its key)
_FRAPPE_KEYS = frozenset({"owner", "creation", "modified", "modified_by", "docstatus"})


def _an_sms_message(node: list[tuple[str, object]]) -> bool:
    """Whether an object is a text message of Android's message store (its columns: 'thread_id', 'address',
    'date_sent', 'service_center', 'body')."""
    keys = {k for k, _ in node}
    return "address" in keys and "body" in keys and bool(keys & {"thread_id", "date_sent", "service_center"})


_CHAT_ID_KEYS = frozenset({"chatId", "chat_id"})
# A chat's channel, and what its chat's id is there: a messenger by number's (WhatsApp's, Viber's: the contact's
# number in E.164 without its '+'), or one by login's (Instagram's, VK's: the contact's handle)
_CHAT_CHANNELS = {"whatsapp": "phone", "viber": "phone", "wapi": "phone", "sms": "phone",
                  "instagram": "login", "vk": "login"}


def _chat_id_kind(node: list[tuple[str, object]]) -> str | None:
    if len(node) > 40:
        return None
    channel = next((v for k, v in node if k in ("chatType", "chat_type") and isinstance(v, str)), None)
    return _CHAT_CHANNELS.get(channel.lower()) if channel else None


def _a_frappe_document(node: list[tuple[str, object]]) -> bool:
    # (its 'docstatus' first: no set built for every object of a log's JSON lines)
    return len(node) >= 6 and any(key == "docstatus" for key, _ in node) and {key for key, _ in node} >= _FRAPPE_KEYS


def _channel_account(node: list[tuple[str, object]]) -> str | None:
    """A Bot Framework ChannelAccount's side ('bot' or 'user'): an object of an id, a name and a role of
    those, and little more (its AAD object id); a name in brackets beside a bot's role is a human agent's who
    speaks through the bot ('Lizmarie P. (Agente)'): a user's."""
    if len(node) > 5:
        return None
    keys = {k: v for k, v in node}
    role, name = keys.get("role"), keys.get("name")
    if "id" not in keys or not isinstance(name, str) or role not in ("bot", "user", "skill"):
        return None
    return "bot" if role in ("bot", "skill") and "(" not in name else "user"


def _names_its_person(node: list[tuple[str, object]]) -> bool:
    """Whether an object's bare 'name' is a person's: beside the object's e-mail address
    or login ({"name": "Amira Haddad", "public_email": ...}, Vault's entity metadata), as
    'user.name' is. Elsewhere a bare 'name' is a thing's (a product, a job, a query)."""
    if len(node) > 40 or not any(key == "name" for key, _ in node):
        return False
    return any(_OWN_ID_KEY.fullmatch(key) is not None for key, _ in node)


def _kind(node: list[tuple[str, object]]) -> str | None:
    """What an object with a 'name' says it is by its 'type' (see structure.object_kind)."""
    if len(node) > 40:
        return None
    kind = event = has_name = typed_event = None
    for key, value in node:
        if key == "type" and isinstance(value, str) and not isinstance(value, _Number):
            kind = value
        elif key == "event" and isinstance(value, str) and not isinstance(value, _Number):
            event = value  # (a chatbot's tracker event: Rasa's {"event": "action", "name": "action_listen"})
        elif key in ("event_type", "eventType") and isinstance(value, str) and not isinstance(value, _Number):
            typed_event = True
        elif key == "name":
            has_name = True
    if not has_name:
        return None
    if kind:
        return object_kind(kind)
    if typed_event:
        return "action"  # an event's record that says its type: its 'name' is the event's (Open edX's tracking
        # log: {"name": "seek_video", ..., "username": ..., "event_type": "seek_video"}), no one's beside its user's
    said = object_kind(event) if event else None
    return None if said == "user" else said  # (a tracker's 'user' event is its message, no person's object)


_LATITUDE_KEYS = frozenset({"latitude", "lat"})
_LONGITUDE_KEYS = frozenset({"longitude", "lng", "lon", "long"})


def _at_coordinates(node: list[tuple[str, object]]) -> bool:
    """Whether an object gives a latitude and a longitude (numbers) beside its 'name'."""
    if len(node) > 20:
        return False
    keys = {key.lower() for key, value in node if isinstance(value, _Number)}
    return bool(keys & _LATITUDE_KEYS) and bool(keys & _LONGITUDE_KEYS) and any(key == "name" for key, _ in node)


def _device_keys(node: list[tuple[str, object]]) -> frozenset[str]:
    """The keys of a device's own name and hardware UUID, where an object is a device's
    record: a serial number or a MAC among its keys, and a hardware model or an operating
    system (an inventory's or an MDM's host: Device42's, Fleet's). Its 'uuid' is the
    hardware's unless another key names that ('machineUuid': SentinelOne's agent has a
    'uuid' of its own); an analytics event's ('os_name', 'device_model', 'uuid') is no
    device's record."""
    if len(node) > 150 or not any(key.lower() in _DEVICE_OWN_KEYS or key == "id" for key, _ in node):
        return frozenset()
    keys = {key.lower().replace("_", "") for key, _ in node}
    # (or in its parts, one level down: an MDM's 'hardware_info.serialNumber', 'network_info.wifiMacAddress')
    inner = {key.lower().replace("_", "") for _, value in node if isinstance(value, _Members) and len(value) <= 150
             for key, _ in value}
    kinds = {_DEVICE_KEYS.get(key) for key in keys | inner}
    if not kinds & {"serial", "mac"} or not kinds & {"model", "os"}:
        return frozenset()
    own = _DEVICE_OWN_KEYS - {"uuid"} if keys & _HARDWARE_UUID_KEYS else _DEVICE_OWN_KEYS
    if "uuid" in own and "uuid" not in keys and any(key == "id" and isinstance(value, str) and is_uuid(value)
                                                    for key, value in node):
        own = own | {"id"}  # a UUID its record's only id: the device's, as an MDM keys it (Esper's 'id')
    return own


_DEVICE_OWN_KEYS = frozenset({"name", "uuid"})
_HARDWARE_UUID_KEYS = frozenset({"machineuuid", "hardwareuuid", "hwuuid", "smbiosuuid", "systemuuid", "biosuuid"})
_DEVICE_KEYS = {**dict.fromkeys(("serial", "serialno", "serialnumber", "hardwareserial", "servicetag"), "serial"),
                **dict.fromkeys(("hwmodel", "hardwaremodel", "model", "modelname", "devicemodel"), "model"),
                **dict.fromkeys(("mac", "macaddress", "macaddresses", "primarymac", "primaryip", "wifimacaddress",
                                 "wifimac", "ethernetmacaddress", "imei", "imei1"), "mac"),
                # a mesh VPN's node: its key or its address on the network, the client it runs (ZeroTier's
                # member: 'nodeId', 'clientVersion'; Tailscale's device: 'nodeKey', 'machineKey')
                **dict.fromkeys(("nodeid", "nodekey", "machinekey"), "mac"),
                **dict.fromkeys(("os", "osver", "osversion", "osname", "operatingsystem", "platform",
                                 "clientversion"), "os")}


# The object's own e-mail address or login (not an 'owner_email': someone else's)
_OWN_ID_KEY = re.compile(r"(?i)(?:public_?|primary_?)?e-?mail(?:_?address)?|(?:preferred_?)?(?:user_?name|login)"
                         r"|upn|user_?principal_?name")


def pair_name(node: list[tuple[str, object]]) -> str | None:
    """The name a name/value pair's value goes by (``Phone``), or None for another
    object: one member holding a short name beside one holding the value (or a change's
    two, see _CHANGE_PAIRS)."""
    paired = _pair(node)
    return paired[0] if paired else None


def _pair(node: list[tuple[str, object]]) -> tuple[str, frozenset[str]] | None:
    """:func:`pair_name`'s name, and the keys (in lower case) of the members it names."""
    if len(node) > 8:
        return None
    for key, _ in node:  # most objects hold no value member: settled without lower()
        if key in _VALUE_SPELLINGS:
            break
    else:
        return None
    names = {}
    keys = set()
    for key, value in node:
        low = key.lower()
        if low in _PAIR_VALUES:
            keys.add(low)
        elif isinstance(value, str) and (low in _PAIR_NAMES or low == "text") and 0 < len(value) <= 64 \
                and value.strip():  # (a 'text' names a pair only as Jotform's question: see below)
            names.setdefault(low, value)
        else:
            keys.add(low)
    values = keys & _PAIR_VALUES
    for old, new in _CHANGE_PAIRS:
        if old in keys and new in keys:
            values |= {old, new}
    values |= keys & _LONE_CHANGE_VALUES  # (a new value alone is the field's too: Miro's profile update,
    # {"field": "location", "newValue": "Zinacantán, Chiapas"})
    jotform = "text" in names and _JOTFORM_QUESTION.match(str(dict(node).get("type", ""))) is not None
    if not values or not names or not jotform and not any(n in names for n in _PAIR_NAMES):
        return None
    name = names["text"] if jotform else names[next(n for n in _PAIR_NAMES if n in names)]
    if jotform:
        # Jotform's question: its label is its 'text' ('Número de serie de la tableta (S/N)'), its
        # 'name' a stub of it ('numeroDe'), its 'prettyFormat' the answer written out
        values |= keys & {"prettyformat"}
    return _PAIR_NAME_CHARS.sub("_", name.strip()), frozenset(values)


def _attribute_resource(node: list[tuple[str, object]]) -> tuple[str, frozenset[str]] | None:
    """A JSON:API resource that is one attribute's value, named by its id (SimpleMDM's
    custom attributes: {"type": "custom_attribute_value", "id": "assigned_user",
    "attributes": {"value": "grace.nguyen"}}): the id as the pair's name, and its
    'attributes' member, whose 'value' the name goes to."""
    if len(node) > 6 or not any(key == "attributes" for key, _ in node):
        return None  # (most objects: settled without a dict, as _pair settles them)
    members = dict(node)
    kind, name, attributes = members.get("type"), members.get("id"), members.get("attributes")
    if not (isinstance(kind, str) and "attribute" in kind and isinstance(name, str)
            and not isinstance(name, _Number) and 0 < len(name) <= 64
            and isinstance(attributes, _Members) and any(k == "value" for k, _ in attributes)):
        return None
    return _PAIR_NAME_CHARS.sub("_", name.strip()), frozenset({"attributes"})


def value_spans(text: str, refs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, key start) of the values ``refs`` name as (index among
    locate_strings' results, string token number, key token number) in ``text``."""
    if any(token < 0 for _, token, _ in refs):
        located = locate_strings(text)
        return [located[n][1:3] + (located[n][4],) for n, _, _ in refs]
    starts = [m.span() for m in _STRING_TOKEN.finditer(text)]
    return [(*starts[token], starts[key][0] if key >= 0 else -1) for _, token, key in refs]


def path_to_field(path: list) -> str | None:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out or None


def field_selected(fld: str | None, wanted: tuple[str, ...]) -> bool:
    if not wanted or fld is None:
        return True
    return fld in wanted or re.sub(r"\[\d+\]", "", fld) in wanted or re.sub(r"\[\d+\]", "[]", fld) in wanted


def _splice(text: str, replacements: list[tuple]) -> str:
    """Apply (start, end, new[, key start, drop]) edits to string tokens, right to left.
    A dropped value's whole member goes (key, colon, value and one comma); a dropped
    array element becomes ``null`` (removing it would renumber its neighbours)."""
    for start, end, new, *rest in sorted(replacements, key=lambda r: r[0], reverse=True):
        key_at, drop = rest if rest else (-1, False)
        if drop and key_at >= 0:
            a, b = key_at, end
            after = _WS.match(text, b).end()
            if text[after : after + 1] == ",":  # a member with one after it: take its comma
                b = _WS.match(text, after + 1).end()
            else:  # the last member: take the comma before it
                before = len(text[:a].rstrip(" \t\n\r"))
                if text[before - 1 : before] == ",":
                    a = before - 1
            text = text[:a] + text[b:]
            continue
        old = text[start:end]
        if drop:
            token = "null"
        elif not old.startswith('"') and _IS_NUMBER.fullmatch(new):
            token = new  # a number's replacement that is a number stays one
        elif not old.startswith('"') and new.isascii() and new.isdigit():
            token = str(int(new))  # keyed digits may start with a 0, which JSON numbers may not
        else:
            token = json.dumps(new, ensure_ascii="\\u" in old)
        text = text[:start] + token + text[end:]
    return text


class JsonLinesFormat:
    """One JSON object per physical line; a line that is not JSON is kept as text."""

    def read(self, file: InputFile, opts: ReadOptions) -> Iterator[Chunk]:
        refuse_wide_lines(file, opts)
        with open_read(file.path) as fh:
            raws: list[bytes] = []
            first, size, max_size = 1, 0, opts.batch_bytes or float("inf")
            for raw in fh:
                raws.append(raw)
                size += len(raw)
                if len(raws) >= opts.batch_size or size >= max_size:
                    yield self._chunk(file, raws, first, opts)
                    first += len(raws)
                    raws, size = [], 0
            if raws:
                yield self._chunk(file, raws, first, opts)

    def _chunk(self, file: InputFile, raws: list[bytes], first: int, opts: ReadOptions) -> Chunk:
        records, fields, texts, hints, problems = [], [], [], [], []
        # per record: line index and where its value is (see json_document_values; -1: the whole line)
        spans: list[tuple[int, int, int, int]] = []
        for i, raw in enumerate(raws):
            line_no = first + i
            body, _ = split_eol(raw)
            text, clean = decode_line(body, opts.encoding)
            if not text.strip():
                continue
            try:
                if not clean:
                    raise ValueError(f"bytes that are not valid {opts.encoding}")
                pairs: dict[int, str] = {}
                located = json_document_values(text, pairs)[1]
            except (ValueError, RecursionError) as exc:
                reason = str(exc).split(":")[0] if isinstance(exc, json.JSONDecodeError) else str(exc)
                problems.append(Problem(file.source, line_no,
                                        f"not a JSON line ({reason}); scanned as text"))
                records.append(line_no)
                fields.append(None)
                texts.append(text)
                hints.append(None)
                spans.append((i, -1, -1, -1))
                continue
            for fld, value, n, token, key in located:
                if value and field_selected(fld, opts.fields):
                    records.append(line_no)
                    fields.append(fld)
                    texts.append(value)
                    hints.append(pairs.get(n))
                    spans.append((i, n, token, key))
        frame = records_frame(file.source, records, fields, texts, hints)
        return Chunk(frame, payload=(raws, spans), problems=problems, units=len(raws))

    @contextlib.contextmanager
    def writer(self, file: InputFile, final: Path, opts: ReadOptions):
        with atomic_output(final, compression=compression_of(file.path)) as out:
            def write(chunk: Chunk, redacted) -> None:
                raws, spans = chunk.payload
                edits: dict[int, list] = {}
                whole: dict[int, str] = {}
                texts = redacted.get_column("text").to_list()
                drops = _drop_flags(redacted)
                for (i, n, token, key), text, is_changed, drop in zip(
                        spans, texts, redacted.get_column("changed").to_list(), drops):
                    if not is_changed:
                        continue
                    if n < 0:
                        whole[i] = text
                    else:
                        edits.setdefault(i, []).append(((n, token, key), text, drop))
                for i, raw in enumerate(raws):
                    if i in whole or i in edits:
                        body, eol = split_eol(raw)
                        text = whole.get(i)
                        if text is None:
                            line = decode_line(body, opts.encoding)[0]
                            places = value_spans(line, [ref for ref, _, _ in edits[i]])
                            text = _splice(line, [(s, e, new, k, drop) for (s, e, k), (_, new, drop)
                                                  in zip(places, edits[i])])
                        out.write(encode_back(text, opts.encoding, not is_clean(body, opts.encoding)) + eol)
                    else:
                        out.write(raw)

            yield write


class JsonDocumentFormat:
    """A whole JSON document: an array is one record per element (1-based), and so is an
    object's one array of objects (see _records_key); any other object is record 1.
    Loaded whole, up to a size limit."""

    def read(self, file: InputFile, opts: ReadOptions) -> Iterator[Chunk]:
        size = file.path.stat().st_size
        if size > opts.json_max_bytes:
            from ..errors import InputError

            raise InputError(
                f"{file.source}: JSON document of {size:,} bytes is over the limit "
                f"({opts.json_max_bytes:,}); convert it to JSON lines or raise json_max_bytes"
            )
        with open_read(file.path) as fh:
            raw = fh.read()
        text, clean = decode_line(raw, opts.encoding)
        try:
            if not clean:
                raise ValueError(f"bytes that are not valid {opts.encoding}")
            bom = _json_start(text)
            pairs: dict[int, str] = {}
            doc, located = json_document_values(text[bom:], pairs)
        except RecursionError:
            from ..errors import InputError

            raise InputError(f"{file.source}: not readable as JSON (nested deeper than Python's "
                             f"recursion limit)") from None
        except ValueError as exc:
            line = getattr(exc, "lineno", None)
            from ..errors import InputError

            raise InputError(f"{file.source}{':' + str(line) if line else ''}: not valid JSON "
                             f"({str(exc).split(':')[0]})") from None
        records, fields, texts, hints, spans = [], [], [], [], []
        is_array = isinstance(doc, list) and not isinstance(doc, _Members)  # an object is _Members
        wrapper = None if is_array else _records_key(doc)
        prefix = "" if is_array else wrapper
        for fld, value, n, token, key in located:
            hint = pairs.get(n)
            if prefix is not None and fld and fld.startswith(prefix + "["):
                # '[3].body' (an array) or 'results[3].body' (its records under one key)
                # -> record 4, field 'body'
                index, _, rest = fld[len(prefix) + 1:].partition("]")
                record, fld = int(index) + 1, rest.lstrip(".") or None
                if hint is not None:
                    hint = hint[len(prefix) + 1:].partition("]")[2].lstrip(".")
            else:
                record = 1  # an object; a wrapper's own members ('pager.total', 'next')
            if value and field_selected(fld, opts.fields):
                records.append(record)
                fields.append(fld)
                texts.append(value)
                hints.append(hint)
                spans.append((n, token, key))
        frame = records_frame(file.source, records, fields, texts, hints)
        units = len(doc) if is_array else len(dict(doc)[wrapper]) if wrapper is not None else 1
        yield Chunk(frame, payload=(raw, spans), units=units)

    @contextlib.contextmanager
    def writer(self, file: InputFile, final: Path, opts: ReadOptions):
        with atomic_output(final, compression=compression_of(file.path)) as out:
            def write(chunk: Chunk, redacted) -> None:
                raw, spans = chunk.payload
                changed = [(ref, t, d) for ref, t, c, d in zip(
                    spans, redacted.get_column("text").to_list(),
                    redacted.get_column("changed").to_list(), _drop_flags(redacted)) if c]
                if not changed:
                    out.write(raw)
                    return
                text = decode_line(raw, opts.encoding)[0]
                bom = _json_start(text)
                places = value_spans(text[bom:], [ref for ref, _, _ in changed])
                text = text[:bom] + _splice(text[bom:], [(s, e, t, k, d) for (s, e, k), (_, t, d)
                                                         in zip(places, changed)])
                out.write(text.encode(opts.encoding, errors="surrogateescape"))

            yield write


def _records_key(doc) -> str | None:
    """The key an API's export keeps its records under, or None: the one member of an
    object that is an array, of objects (DHIS2's '{"trackedEntityInstances": [...]}', a
    paginated '{"count": 2, "next": null, "results": [...]}', OData's '"value": [...]');
    its elements are the records, as a top-level array's are. Where an export keeps a few
    lists of its settings beside its records (Allura's tracker export: '{"tickets": [320 ...],
    "milestones": [5 ...], "saved_bins": [2 ...]}'), the records' array is the one of at least
    _MANY_RECORDS objects, _RECORDS_OVER times as long as all the others together."""
    if not isinstance(doc, _Members):
        return None
    arrays = [(k, v) for k, v in doc if isinstance(v, list) and not isinstance(v, _Members)]
    if len(arrays) > 1:
        arrays.sort(key=lambda kv: -len(kv[1]))
        rest = sum(len(v) for _, v in arrays[1:])
        if len(arrays[0][1]) < _MANY_RECORDS or len(arrays[0][1]) < _RECORDS_OVER * rest:
            return None
        arrays = arrays[:1]
    if len(arrays) != 1 or "[" in arrays[0][0] or sum(1 for k, _ in doc if k == arrays[0][0]) > 1:
        return None
    key, items = arrays[0]
    return key if items and all(isinstance(item, _Members) for item in items) else None


_MANY_RECORDS = 20
_RECORDS_OVER = 5


def _json_start(text: str) -> int:
    """Where a JSON document's text begins: after a BOM, and after the assignment an X
    (Twitter) archive's data file puts before it (see base.JS_ARCHIVE)."""
    start = 1 if text.startswith("\ufeff") else 0
    m = JS_ARCHIVE.match(text, start + len(text[start:]) - len(text[start:].lstrip()))
    return m.end() if m else start


def _drop_flags(redacted) -> list[bool]:
    if "dropped" in redacted.columns:
        return redacted.get_column("dropped").to_list()
    return [False] * redacted.height


def handler(fmt: InputFormat):
    return JsonDocumentFormat() if fmt is InputFormat.JSON else JsonLinesFormat()
