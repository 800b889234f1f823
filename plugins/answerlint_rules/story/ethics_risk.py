"""The story is an integrity failure, which no lesson can redeem in an interview.

## What it does
Flags admissions of dishonest or abusive conduct by the writer: padding
expenses or timesheets, falsifying records, data or a CV, evading tax,
leaking confidential information, lying to a client or a manager, plagiarism,
taking credit for others' work, harassment, bullying, theft, bribes. It does
not fire when the writer refused, resisted or reported such conduct
("I refused to backdate the invoices").

## Why it matters to an interviewer
A missed deadline says you misjudged something once. A padded expense claim
says you might do it again, with their money. Interviewers are told to treat
integrity as a gate, not a score: a candidate who volunteers such a story is
usually out, however well the learning is told.

## Example
```markdown
To hit the quarter I backdated two contracts, and finance caught it in the audit.
```

## Use instead
Choose a different failure: a judgment call, an estimate or a plan that went
wrong for reasons you can own and have fixed.
```markdown
I committed to a quarter-end date without checking legal's review queue, and
two contracts slipped into the next quarter.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import compile_words, negated, phrase_pattern, quoted, sentence_matches

META = RuleMeta(
    code="AL201",
    name="ethics-risk",
    family="story",
    kind="span",
    severity=Severity.ERROR,
    summary="The story admits an integrity failure an interviewer cannot get past.",
    message="This reads as an integrity failure; no lesson will outweigh it. Choose a different story.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_RECORDS = r"(?:expense\s+(?:reports?|claims?)|test\s+results|records?|data|numbers|figures|results|reports?|logs?|timesheets?|time\s+sheets?|hours|receipts?|invoices?|contracts?|signatures?|dates?|documents?|paperwork|expenses?|mileage|metrics|sales|references?|credentials|qualifications?|degree|grades?|attendance|inventory|books|accounts|survey\s+responses)"
_CV = r"(?:r[ée]sum[ée]|cv|c\.v\.|application|linkedin(?:\s+profile)?|job\s+history|work\s+history)"
_SECRET = r"(?:confidential|proprietary|internal|sensitive|private|personal|customer|client|patient|company|salary|source)"

_ETHICS = compile_words(
    rf"""
      (?:inflat|padd?|fudg|doctor|cook|massag|fabricat|falsif(?:y|i)|fak|forg|alter|backdat|manipulat|misreport|misrepresent|embellish)
        (?:e|ed|es|ing|ied|y|ies)?\s+(?:the\s+|my\s+|our\s+|a\s+|an\s+|some\s+|his\s+|her\s+|their\s+|two\s+|several\s+|a\s+few\s+)?
        (?:[\p{{L}}-]+\s+){{0,2}}?(?:{_RECORDS}|{_CV}|books)
    | (?:padded|inflated|embellished|exaggerated|lied\s+on|lied\s+about\s+(?:my\s+)?(?:\p{{L}}+\s+)?(?:on\s+)?)\s*(?:my\s+)?{_CV}
    | (?:fake|forged|falsified|doctored|made-up|fabricated|phony|bogus)\s+(?:[\p{{L}}-]+\s+)?(?:{_RECORDS}|{_CV}|sick\s+note|doctor's\s+note)
    | tax\s+(?:evasion|fraud) | evad(?:e|ed|ing)\s+(?:the\s+)?tax(?:es)? | (?:didn't|did\s+not|never)\s+declare\s+(?:the\s+|my\s+)?(?:income|earnings|cash)
    | (?:leak(?:ed|ing)?|sold|smuggled|forwarded|emailed|shared|posted|passed|sent)\s+(?:out\s+)?(?:the\s+|our\s+|some\s+)?{_SECRET}\s+
        (?:[\p{{L}}-]+\s+)?(?:data|information|info|documents?|files?|plans|secrets|code|designs?|records|details|figures|roadmap|list)
        (?:\s+(?:to|with)\s+(?:a\s+|an\s+|the\s+)?(?:competitor|rival|friend|journalist|press|recruiter|outsider|personal))?
    | leak(?:ed|ing)\s+(?:the\s+)?(?:news|plans|roadmap|launch|deal|story|results|figures)(?:\s+to)?
    | lied\s+to\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:[\p{{L}}-]+\s+)?(?:client|customer|manager|boss|auditor|regulator|team|patient|investor|board|inspector|director|stakeholders?|teacher|professor)s?
    | I\s+(?:had\s+)?lied\b | (?:which|that|it)\s+was\s+a\s+(?:flat\s+|white\s+)?lie
    | (?:plagiari[sz](?:ed|ing|m)) | copied\s+(?:a\s+|an\s+)?(?:colleague|classmate|competitor|someone|somebody|another\s+\p{{L}}+)(?:'s|’s)?\s+(?:work|code|essay|report|design|thesis|answers)
    | took\s+(?:the\s+)?credit\s+for\s+(?:a\s+|an\s+|my\s+|our\s+)?(?:colleague|teammate|team|someone|somebody|intern|junior|report|peer|another)
    | (?<!anti-)(?:sexually\s+)?harass(?:ed|ing)\s+(?:a|an|my|the|her|him|them|one) | bull(?:ied|ying)\s+(?:a|an|my|the|her|him|them|one)
    | (?:stole|stealing|embezzl(?:ed|ing|ement)|pocketed|skimmed|misappropriat(?:ed|ing|ion))
    | (?:took|accepted|offered|paid|gave)\s+(?:a\s+)?(?:bribes?|kickbacks?) | bribed
    | cheat(?:ed|ing)\s+(?:on\s+(?:the|a|an|my)|the\s+(?:system|client|customer|test|exam|audit))
    | insider\s+trading
    | (?:covered|hushed)\s+up\s+(?:the\s+|my\s+|a\s+|an\s+)?(?:[\p{{L}}-]+\s+)?(?:mistake|error|incident|bug|breach|leak|loss|defect|problem|accident)
    | (?:hid|concealed|buried)\s+(?:the\s+|my\s+|a\s+|an\s+)?(?:[\p{{L}}-]+\s+)?(?:mistake|error|incident|bug|breach|loss|defect|accident)\s+from
    | (?:signed|clocked|punched)\s+in\s+for\s+(?:a\s+)?(?:colleague|friend|someone|him|her)
    | called\s+in\s+sick\s+to\s+(?:go|attend|interview|travel)
    """
)


def check(draft, context: RuleContext):
    for pattern in (_ETHICS, phrase_pattern(context.extra_phrases)):
        if pattern is None:
            continue
        for sentence, match in sentence_matches(draft, pattern):
            start, end = match.span()
            if quoted(draft, sentence, start, end) or negated(draft, sentence, start, window=5):
                continue
            if _someone_else(draft.prose[sentence.start : start]):
                continue
            yield META.finding(start, end)


_OTHER_ACTOR = compile_words(
    r"(?:a|my|one\s+of\s+my|the|our|his|her)\s+(?:[\p{L}-]+\s+)?(?:colleague|coworker|co-worker|manager|boss|teammate|intern|contractor|vendor|predecessor|employee|report|rep|engineer|analyst|peer|supplier|client|customer|candidate|student)s?"
    r"(?:\s+(?:who|had|was|were|had\s+been|kept))?\s*[\p{L}\s]{0,20}$"
    r"|\b(?:he|she|they|someone|somebody)\s+(?:had\s+)?(?:\p{L}+\s+)?$"
    r"|(?:asked|told|pressured|pushed|instructed|wanted|expected)\s+(?:me|us)\s+to\s+$"
    r"|(?:caught|found|discovered|reported|noticed|suspected|flagged|investigated)\s+(?:that\s+)?(?:a|my|the|our|one|someone|somebody)\b.{0,40}$"
    r"|(?:refus|declin|resist|object|push\s+back|pushed\s+back|won't|wouldn't|would\s+not)\w*\s+(?:to\s+|against\s+)?(?:\p{L}+\s+){0,4}$"
)


def _someone_else(before: str) -> bool:
    """The conduct belongs to someone else, or to a request the writer resisted."""
    return bool(_OTHER_ACTOR.search(before.replace("’", "'")))


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
