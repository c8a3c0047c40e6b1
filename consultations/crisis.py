"""Words in a message that suggest someone may be at risk right now."""

import re

CRISIS_PATTERN = re.compile(
    r"suicid|kill (?:my ?self|me)|end (?:my|it all)|take my (?:own )?life|"
    r"self[- ]?harm|hurt(?:ing)? my ?self|cut(?:ting)? my ?self|overdos|"
    r"(?:want|wish|going) to die|(?:don'?t|do not) want to (?:live|be alive|be here)|"
    r"no reason to live|better off dead",
    re.IGNORECASE,
)


def mentions_crisis(text: str) -> bool:
    return bool(CRISIS_PATTERN.search(text or ""))
