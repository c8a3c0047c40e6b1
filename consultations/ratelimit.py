"""A per-address limit on new requests, kept in the shared cache."""

import hashlib
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: int


def parse_rate(value: str) -> Rate:
    """'5/h' → 5 per hour; also s, m and d."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d*)([smhd])\s*", value)
    if not match:
        raise ValueError(f"A rate looks like 5/h or 20/d, not {value!r}.")
    count, multiplier, unit = match.groups()
    return Rate(int(count), int(multiplier or 1) * PERIODS[unit])


def client_address(request: HttpRequest) -> str:
    """The visitor's address; behind NUM_PROXIES trusted proxies, the one the
    outermost of them saw."""
    proxies = settings.NUM_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _key(address: str) -> str:
    # Hashed, so the cache holds no raw IP addresses.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()
    return f"consultations:rate:{digest[:32]}"


def is_limited(request: HttpRequest) -> bool:
    rate = parse_rate(settings.CONSULTATION_RATE_LIMIT)
    return (cache.get(_key(client_address(request))) or 0) >= rate.count


def record_request(request: HttpRequest) -> None:
    rate = parse_rate(settings.CONSULTATION_RATE_LIMIT)
    key = _key(client_address(request))
    # add() starts the window; incr() counts within it without extending it.
    if not cache.add(key, 1, timeout=rate.seconds):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=rate.seconds)
