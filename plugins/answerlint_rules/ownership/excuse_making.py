"""Self-justification that shrinks the writer's part in the failure.

## What it does
Flags the writer arguing their own case, in the shapes that argument takes:
pleading ("to be fair", "in my defence"); refusing the fault or the blame
("it wasn't really my fault", "I can hardly be blamed", "I did nothing
wrong", "that was the supervisor's job, not mine"); not being able to know
or prevent it ("how was I supposed to know?", "there was nothing I could have
done", "nobody could have predicted it"); having done as told ("technically I
did what was asked", "I was only following my manager's instructions", "I did
my part"); everyone would have ("anyone would have missed it", "it could have
happened to anyone"); and shrinking the failure ("it was only a small
mistake", "it wasn't the end of the world"). Circumstances offered as a plea
("given how little time we had", "with the resources I had", "I was only an
intern", "you can't control the weather") are flagged unless the same
sentence goes on to own a decision ("given how little time we had, I should
have cut the scope on day one") or says what the writer now does about them
("... so now I book an indoor fallback").

It leaves alone what is not an excuse: fairness to someone else ("to be fair
to the courier, the spec was in the quote; I just didn't read it"), words set
aside or refused ("I won't pretend it was out of my hands", "I told myself it
evened out"), someone else's words, quoted or reported ("my manager said it
wasn't my fault"), and a plain fact about the aftermath ("by then there was
nothing I could do but call the client", "nothing I could do to get the files
back") — but "by then there was nothing I could have done" looks back at the
cause and is still a plea. Pinning the cause on other people or on luck is blame-shifting
(AL101), not this rule; a sentence can carry both, on different words.

## Why it matters to an interviewer
A candidate who argues their own defence is telling the interviewer that the
story is about being judged unfairly, not about what they learned. Each
excuse makes the ownership elsewhere in the answer sound less meant; an
interviewer who hears "to be fair" braces for blame.

## Example
```markdown
To be fair, the branch was short-staffed all spring, so there was only so much I could do.
```

## Use instead
```markdown
The branch was short-staffed all spring, and I answered the easy complaints
first; I should have raised the backlog with my manager when it passed ten.
```
"""

import regex

from answerlint import compiled_patterns
from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import FLAGS, WINDOW, compile_words, owns, plain
from answerlint_rules.ownership._voice import LeadPattern, phrase_findings

META = RuleMeta(
    code="AL102",
    name="excuse-making",
    family="ownership",
    kind="span",
    severity=Severity.WARNING,
    summary="Self-justification that shrinks the writer's part in the failure.",
    message="This argues your defence. Cut it and say what you would now do differently.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_SELF = r"(?:me|myself|us|ourselves)"
# What is someone's to do or decide: "their job, not mine".
_DUTY = r"(?:job|responsibility|remit|role|call|decision|problem|area|department|duty|business|task|mess|mistake|fault)"
# What nobody can be expected to control: "the weather isn't something anyone can plan for".
_CONTROL = r"(?:plan(?:ned)?\s+for|control(?:led)?|predict(?:ed)?|foresee|foreseen|prevent(?:ed)?|anticipate[d]?|legislate\s+for|account\s+for|help)"
# Someone who could (not) have done anything: "I", "we", "one shift manager", "anyone".
_WHO = r"(?:I|we|you|anyone|anybody|one(?:\s+[\p{L}-]+){0,2}|a\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)"
_COULD_HAVE_DONE = r"""
    (?:could|can)(?:\s+(?:really|realistically|possibly|reasonably|actually|honestly))?\s+(?:have\s+|'ve\s+)?
    (?:done|do|change[d]?|prevent(?:ed)?|stop(?:ped)?|avoid(?:ed)?|fix(?:ed)?)
"""
_NOTHING = r"""
    (?:there\s+(?:was|is)\s+|there's\s+)?(?:really\s+|honestly\s+|simply\s+|just\s+|frankly\s+)?
    (?:nothing|not\s+(?:really\s+)?(?:much|a\s+lot|anything)|(?:very\s+)?little|(?:only|just)\s+so\s+much)
  | there\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:really\s+|honestly\s+)?(?:much|anything|a\s+lot|a\s+great\s+deal)
"""

# The words a match can start on: each pattern is tried only where a sentence has one of them.
_EXCUSE_LEADS = """to in it it's that that's this which was wasn't is isn't not hardly nothing I we you nobody no no-one
    anyone anybody out beyond outside there there's what how technically strictly on most everyone everybody every
    mistakes accidents these such things
    job responsibility remit role call decision problem area department duty business task mess mistake fault"""
_PLEA_LEADS = """given under in considering I we with no was were is it's that's it that this isn't wasn't not you one nobody
    no-one"""
_NOTHING_LEADS = "there there's really honestly simply just frankly nothing not very little only"


# Always an excuse, wherever it stands in the writer's own voice.
_EXCUSE = LeadPattern(
    lambda: rf"""(?:
    # pleading one's case
      to(?<!\b(?:want(?:s|ed)?|try(?:ing)?|tried|need(?:s|ed)?|has|have|had|important|hard|easy|is|was|be|meant|how|chance)\s+to)
      \s+be\s+fair(?:\s+to\s+{_SELF})?(?!\s+(?:to|and|with|about|when|in)\b)
    | in\s+(?:all\s+)?fairness(?:\s+to\s+{_SELF})?(?!\s+to\b)
    | in\s+(?:my|our)\s+(?:own\s+)?defen[cs]e
    # not my fault
    | (?:(?:(?:it|that|this|which)\s+)?(?:wasn't|was\s+not|isn't|is\s+not|was\s+never|wasn't\s+ever)|(?:it's|that's)\s+not)\s+
      (?:really\s+|entirely\s+|totally\s+|all\s+|just\s+|only\s+|completely\s+|solely\s+|wholly\s+|actually\s+|strictly\s+|technically\s+)*
      (?:(?:my|our)\s+(?:own\s+)?(?:fault|responsibility|doing|job|call|decision|department|remit)|(?:down\s+to|on|up\s+to)\s+(?:me|us)\b)
    | (?:not|hardly)\s+(?:really\s+|entirely\s+|all\s+|just\s+|only\s+)?(?:my|our)\s+fault
    | nothing\s+to\s+do\s+with\s+(?:me|us|my\s+[\p{{L}}-]+|our\s+[\p{{L}}-]+)
    # someone else's part, set against the writer's: "their job, not mine", "her call, not ours"
    | (?<!\b(?:my|our)\s(?:own\s)?){_DUTY}\s*,?\s+not\s+(?:mine|ours|me|us|(?:my|our)\s+[\p{{L}}-]+|the\s+(?:[\p{{L}}-]+\s+){{0,2}}?[\p{{L}}-]+'s?)(?![\p{{L}}-])
    # the blame refused
    | (?:I|we)\s+(?:can't|cannot|couldn't|could\s+not|can\s+hardly|could\s+hardly|can\s+not)\s+(?:really\s+|possibly\s+|fairly\s+)?be\s+(?:blamed|held\s+responsible|faulted)
    | (?:you|nobody|no\s+one|no-one|anyone)\s+(?:can't|cannot|couldn't|could|can|would)\s+(?:really\s+|fairly\s+|honestly\s+)?(?:have\s+)?blamed?\s+(?:me|us)\b
    | (?:I|we)\s+(?:really\s+)?(?:didn't|did\s+not|never)\s+do\s+anything\s+wrong | (?:I|we)\s+(?:had\s+|'d\s+)?done\s+nothing\s+wrong
    | (?:I|we)\s+(?:don't|didn't|do\s+not|did\s+not)\s+(?:really\s+)?(?:think|believe|feel)\s+(?:that\s+)?(?:I|we)\s+did\s+anything\s+wrong
    | (?:I|we)\s+did\s+(?:nothing\s+wrong|everything\s+(?:right|correctly|by\s+the\s+book))
    | (?:I|we)\s+(?:don't|didn't|do\s+not|did\s+not|fail\s+to|still\s+don't)\s+see\s+how\s+(?:it|that|this|any\s+of\s+(?:it|this|that))\s+(?:was|is|could\s+(?:be|have\s+been))\s+(?:my|our)\s+(?:fault|responsibility|problem|doing)
    | (?:out\s+of|beyond|outside(?:\s+of)?)\s+(?:my|our)\s+(?:hands|control)
    # nothing I could have done (see also _NOTHING_DONE)
    | (?:I|we)\s+(?:really\s+)?(?:don't|didn't|do\s+not|did\s+not)\s+(?:really\s+)?(?:think|believe|see\s+how)\s+(?:that\s+)?
      (?:there's|there\s+(?:was|is)|there\s+would\s+have\s+been)\s+(?:really\s+)?(?:anything|much)(?:\s+(?:else|more))?(?:\s+that)?\s+{_WHO}\s+{_COULD_HAVE_DONE}
    | (?:I|we)\s+(?:couldn't|could\s+not|can't|cannot)\s+(?:really\s+|possibly\s+|realistically\s+)?have\s+
      (?:done\s+(?:anything|much|more|any\s+more)(?:\s+(?:else|more|different(?:ly)?))?|known|foreseen|predicted|
         prevented\s+(?:it|this|that)|stopped\s+(?:it|this|that)|avoided\s+(?:it|this|that)|seen\s+(?:it|this|that)\s+coming)
    | no\s+(?:way|chance)\s+(?:that\s+)?(?:I|we|anyone|anybody)\s+could\s+have\s+(?:known|foreseen|predicted|prevented|stopped|avoided|seen|done)
    | (?:nobody|no\s+one|no-one)\s+(?:could\s+have|could've|would\s+have|would've)\s+
      (?:known|predicted|foreseen|anticipated|expected|guessed|prevented|stopped|avoided|seen\s+(?:it|that|this|the\s+[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?)\s+coming)
    | (?:nobody|no\s+one|no-one)\s+(?:saw|see)\s+(?:it|that|this|the\s+[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?)\s+coming
    | (?:nobody|no\s+one|no-one)\s+(?:predicted|foresaw|anticipated)\s+(?:it|that|this|the\s+[\p{{L}}-]+)
    | what\s+(?:else|more)\s+(?:could|should|would)\s+(?:I|we)\s+(?:have|'ve)\s+done(?=\s*\?)
    | (?:I|we)\s+(?:don't|didn't|do\s+not|did\s+not|still\s+don't|can't|couldn't)\s+see\s+what\s+(?:else\s+|more\s+)?(?:I|we)\s+(?:could|should)\s+(?:have|'ve)\s+done
    # how was I supposed to know?
    | how\s+(?:was|were|am|are)\s+(?:I|we)\s+(?:ever\s+)?(?:supposed|meant|expected|to)\s+(?:to\s+)?(?:know|guess|tell|see|spot|predict|foresee|realise|realize|notice)
    | how\s+(?:could|would|should|can)\s+(?:I|we|anyone|anybody)\s+(?:possibly\s+|ever\s+)?(?:have\s+|'ve\s+)?(?:known|know|guessed|guess|foreseen|foresee|predicted|predict|seen\s+(?:it|that|this)\s+coming)
    | (?:there\s+was\s+|there's\s+)?no\s+way\s+(?:for\s+(?:me|us|anyone)\s+)?(?:of|to)\s+(?:know(?:ing)?|tell(?:ing)?|predict(?:ing)?|foresee(?:ing)?|guess(?:ing)?)
      (?![^,;.]{{0,60}}?\b(?:without|until|unless|short\s+of|other\s+than)\b)
    | (?:it's|it\s+is|it\s+was|it\s+wasn't)\s+not\s+(?:like|as\s+if|as\s+though)\s+(?:I|we)\s+(?:could|had|was|were|knew|would)
    | (?:it's|it\s+isn't|it\s+wasn't)\s+(?:like|as\s+if|as\s+though)\s+(?:I|we)\s+(?:could|had\s+any|knew)
    | what\s+(?:was|were)\s+(?:I|we)\s+(?:supposed|meant)\s+to\s+do(?=\s*\?)
    # technically I did what was asked
    | (?:technically|strictly\s+speaking|on\s+paper)\s*,?\s+(?:I|we)\s+(?:had\s+|'d\s+)?
      (?:did|done|followed|met|delivered|completed|hit|was\s+right|wasn't\s+wrong|was\s+within|did\s+nothing\s+wrong)
      (?:\s+(?:the|my|our|every|all\s+the)\s+(?:process|procedure|brief|spec|checklist|instructions|rules|plan|SOP|protocol|deadline|target))?
      (?:\s+(?:exactly\s+)?what\s+(?:I\s+was|was|I'd\s+been|I\s+had\s+been|we\s+were|we'd\s+been)\s+(?:asked|told|instructed)(?:\s+to(?:\s+do)?)?)?
    | (?:I|we)\s+technically\s+(?:did|followed|met|delivered|completed|hit|was\s+right|had\s+done)
    | (?:I|we)\s+(?:only\s+|just\s+|simply\s+)?did\s+(?:exactly|precisely|only|just|simply)\s+what\s+
      (?:I\s+was|I'd\s+been|I\s+had\s+been|we\s+were|we'd\s+been|was|the\s+[\p{{L}}-]+\s+(?:asked|said))(?:\s+(?:asked|told|instructed))?(?:\s+to(?:\s+do)?)?
    | (?:technically|strictly\s+speaking|on\s+paper)\s*,?\s+(?:(?:I|we)(?:\s+had|'d)?\s+(?:only\s+|just\s+|simply\s+)?(?:did|had|met|was|were|\p{{L}}+ed)
        | (?:my|our)\s+(?:[\p{{L}}-]+\s+)?(?:part|bit|side|work|section|share|end|piece|job|numbers|figures|code)(?:\s+of\s+(?:the\s+)?[\p{{L}}-]+)?\s+(?:was|were|had\s+been))\b
    | (?:I|we)\s+(?:was|were)\s+(?:only\s+|just\s+|simply\s+|merely\s+)following\s+
      (?:orders|instructions?|an\s+(?:[\p{{L}}-]+\s+)?(?:instruction|order)|(?:the|my|his|her|their|a)\s+(?:[\p{{L}}'-]+\s+){{0,2}}?(?:brief|spec|process|procedure|instructions?|orders?|plan|rules|script|checklist|lead|guidance|policy))
    | (?:I|we)\s+(?:was|were)\s+(?:only|just|simply|merely)\s+doing\s+(?:my|our)\s+(?:job|jobs)
    | (?:I|we)\s+(?:was|were)\s+(?:only|just|simply|merely)\s+doing\s+(?:what|as)\s+(?:I|we)\s+(?:was|were|had\s+been|'d\s+been)\s+(?:told|asked|instructed)
    | (?:I|we)\s+(?:only|just|simply|merely)\s+did\s+(?:what|as)\s+(?:I|we)\s+(?:was|were|had\s+been|'d\s+been)\s+(?:told|asked|instructed)
    | (?:I|we)(?:\s+had|'d)?\s+(?:did|done)\s+(?:my|our)\s+(?:part|bit|share)(?=\s*[,;.!?]|\s*$|\s+(?:but|and|so)\b)
    # everyone would have
    | (?:it|this|that)\s+could\s+(?:have|'ve)\s+happened\s+to\s+(?:anyone|anybody|any\s+of\s+us)
    | (?:anyone|anybody|most\s+people)(?:\s+else)?(?:\s+in\s+my\s+(?:position|shoes|place|role))?\s+would\s+(?:have|'ve)\s+
      (?:done|made|missed|got|gotten|fallen\s+for|overlooked)\s+(?:exactly\s+)?(?:the\s+same|it|that|this)
    | what\s+(?:anyone|anybody|most\s+people|any\s+(?:other\s+)?[\p{{L}}-]+)(?:\s+else)?(?:\s+in\s+my\s+(?:position|shoes|place|role))?\s+would\s+(?:have|'ve)\s+done
    | everyone\s+makes\s+mistakes | we\s+all\s+make\s+mistakes | (?:mistakes|accidents|(?:these|such)\s+things|things\s+like\s+that)\s+happen
    | it\s+happens\s+to\s+(?:the\s+best\s+of\s+us|everyone|everybody) | it\s+is\s+what\s+it\s+is
    | (?:I|we)\s+(?:wasn't|was\s+not|weren't|were\s+not)\s+the\s+only\s+(?:ones?|[\p{{L}}-]+)\s+(?:who|that|to)\b
    | (?:everyone|everybody|every\s+other\s+[\p{{L}}-]+|every\s+[\p{{L}}-]+\s+(?:company|team|firm|business|shop|school|ward|agency))
      (?:\s+else)?(?:\s+in\s+(?:the\s+)?[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?)?\s+was\s+(?:struggling|in\s+the\s+same\s+(?:boat|position)|doing\s+the\s+same)
    )""",
    _EXCUSE_LEADS,
)

# Circumstances offered as a plea; an own decision in the same sentence turns them into context.
_PLEA = LeadPattern(
    lambda: rf"""(?:
      given\s+(?:how\s+(?:little|short|tight|few|much|busy|stretched|understaffed|short-staffed)\b(?:\s+\S+){{0,5}}?\s+(?:we|I|they)\s+(?:had|were|was)
        | the\s+(?:circumstances|situation|time\s+(?:frame|pressure|we\s+had|I\s+had)|timeframe|timescales?|pressure|workload|constraints|
            tight\s+(?:deadline|timeline|timescale|turnaround)s?|short\s+(?:notice|timeline|deadline|turnaround))
        | (?:the\s+)?(?:little|limited)\s+time\s+(?:we|I)\s+had)
    | (?:under|in|considering)\s+the\s+circumstances
    | considering\s+(?:how\s+(?:little|short|tight|busy|few|much|stretched)|the\s+(?:time\s+(?:we|I)\s+had|deadline|pressure|workload))
    | (?:I|we)\s+did\s+(?:the\s+best\s+(?:I|we)\s+could|(?:my|our)\s+(?:very\s+)?best|what\s+(?:I|we)\s+could|all\s+(?:I|we)\s+could|everything\s+(?:I|we)\s+could)
      (?!\s+to\b)
    | with\s+(?:so|such|very)\s+(?:little|limited)\s+(?:time|notice|support|resources|information|staff)
    | with\s+(?:so|such)\s+a\s+(?:short|tight)\s+(?:deadline|timeline|turnaround|window)
    | (?:I|we)\s+(?:really\s+)?had\s+no\s+(?:other\s+)?(?:choice|option)(?!\s+but\b)
    | no\s+(?:real\s+)?harm\s+(?:was\s+)?done | in\s+the\s+grand\s+scheme(?:\s+of\s+things)?
    | (?:was|were|is|it's|that's)\s+(?:only|just|merely|nothing\s+more\s+than|no\s+more\s+than)\s+(?:a\s+|an\s+|one\s+)?
      (?:small|minor|tiny|little|one-off|honest|simple|trivial|silly|harmless|innocent)\s+(?:error|mistake|slip|oversight|typo|thing|issue|problem|blip|hiccup|glitch|one|miss)
    | (?:was|were|is|it's|that's)\s+(?:a\s+|an\s+)?(?:small|minor|tiny|little|trivial)\s+(?:error|mistake|slip|oversight|thing|issue|one|miss)\s*,?\s+really\b
    | (?:it|that|this)\s+(?:wasn't|was\s+not|isn't|is\s+not|'s\s+not)\s+(?:really\s+|even\s+|exactly\s+)?
      (?:that\s+big\s+(?:of\s+)?a\s+deal|a\s+(?:big|huge|major)\s+(?:deal|problem|issue)|that\s+bad|that\s+serious|the\s+end\s+of\s+the\s+world|as\s+bad\s+as\s+it\s+sounds)
    | (?:it's|it\s+is|it\s+was|it\s+wasn't)\s+not\s+(?:like|as\s+if)\s+(?:anyone|anybody|someone)\s+(?:died|got\s+hurt|was\s+hurt)
    | no\s+harm,?\s+no\s+foul
    # what the writer had to work with
    | (?:given|with|considering)\s+(?:what\s+(?:little\s+)?|the\s+(?:little\s+|limited\s+)?(?:resources|tools|time|budget|staff|people|team|information|data|support|kit|equipment)\s+)
      (?:I|we)\s+(?:had\s+to\s+work\s+with|had|was\s+given|were\s+given|had\s+been\s+given|'d\s+been\s+given)
    | (?:I|we)\s+(?:was|were)\s+(?:basically\s+|effectively\s+|really\s+)?(?:being\s+)?set\s+up\s+to\s+fail
    # I was only the junior
    | (?:I|we)\s+(?:was|were)\s+(?:only|just|merely|still\s+only)\s+(?:a|an|the)\s+(?:[\p{{L}}-]+\s+)?
      (?:junior|intern|trainee|apprentice|graduate|student|temp|newbie|new\s+starter|volunteer|placement\s+student)s?\b
    | (?:I|we)\s+(?:was|were|had\s+been|'d\s+been)\s+(?:only|just)\s+(?:[\p{{L}}\p{{N}}]+\s+(?:days?|weeks?|months?)\s+(?:in|into)|new)\b
    # what no one can plan for: "bad luck isn't something a buyer can plan for"
    | (?:isn't|wasn't|is\s+not|was\s+not|not)\s+(?:really\s+)?something\s+(?:{_WHO}|any\s+[\p{{L}}-]+)\s+(?:can|could)\s+(?:really\s+|realistically\s+|possibly\s+)?(?:have\s+)?{_CONTROL}
    | (?:you|one|nobody|no\s+one|no-one|no\s+[\p{{L}}-]+)\s+(?:can't|cannot|can|could|couldn't|could\s+not)\s+(?:really\s+|realistically\s+|possibly\s+)?(?:have\s+)?{_CONTROL}
      \s+(?:the\s+weather|the\s+market|luck|bad\s+luck|everything|every\s+[\p{{L}}-]+|that|this|it|something\s+like\s+that|things\s+like\s+that)
    )""",
    _PLEA_LEADS,
)

_NOTHING_DONE = LeadPattern(lambda: rf"(?:{_NOTHING})(?:\s+(?:else|more))?(?:\s+that)?\s+{_WHO}\s+{_COULD_HAVE_DONE}", _NOTHING_LEADS)
# "Nothing I could do" about the aftermath is a fact, not a plea: "by then", "but apologise", "to get it back".
_AFTER_THE_FACT = compile_words(r"by\s+then|by\s+that\s+(?:point|stage|time)|by\s+the\s+time|at\s+that\s+(?:point|stage)|once\s+(?:it|the)")
_COUNTERFACTUAL = compiled_patterns.compile(r"\bhave\b|'ve\b", FLAGS)
_ONLY_REMEDY = compiled_patterns.compile(
    r"""\s+(?:but|except|other\s+than|besides|apart\s+from|beyond)\b
    | \s+to\s+(?:recover|restore|retrieve|undo|reverse|save|rescue|get\s+(?:it|them|(?:the|my|our)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+back|bring\s+(?:it|them)\s+back)
    """,
    FLAGS | regex.X,
)


def _aftermath(draft, sentence, match) -> bool:
    """Whether "there was nothing I could do" is told of the time after the failure."""
    text = plain(draft)
    if _ONLY_REMEDY.match(text, match.end(), min(sentence.end, match.end() + WINDOW)):
        return True
    if _COUNTERFACTUAL.search(match.group()):
        # "by then there was nothing I could have done": the perfect looks back at the cause
        return False
    return bool(_AFTER_THE_FACT.search(text, sentence.start, match.start()))


# What the writer now does, straight after the circumstance: a lesson, not a plea.
_NOW_I = compile_words(
    r"""(?:so|and\s+so|which\s+is\s+why)\s+(?:now\s+|these\s+days\s+|since\s+then\s+|from\s+then\s+on\s+)?(?:I|we)(?:'ve|\s+have)?\s+
        (?:now|always|since|learned|learnt|started|began|build|built|book|booked|plan|keep|check|add|added|make|made\s+(?:it\s+)?a\s+rule)
    """
)


def _owned(draft, sentence, match) -> bool:
    """Whether the sentence that pleads circumstances also owns a decision or turns it into what
    the writer now does ("you can't control the weather, so now I book an indoor fallback")."""
    if owns(draft, sentence.start, sentence.end):
        return True
    return bool(_NOW_I.search(plain(draft), match.end(), min(sentence.end, match.end() + WINDOW)))


def check(draft, context: RuleContext):
    yield from phrase_findings(draft, META, context, ((_EXCUSE, None), (_NOTHING_DONE, _aftermath), (_PLEA, _owned)))


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
