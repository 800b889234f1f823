"""The answer frameworks answerlint knows, and the parts of an answer each section carries.

Section aliases are written already normalised (lower case, punctuation as
spaces; see ``answerlint.framework.normalise_heading``).
"""

from answerlint.framework import Framework, FrameworkSection
from answerlint.hookspecs import hookimpl

_FAILURE_ALIASES = ("the failure", "what happened", "what went wrong", "the mistake", "mistake", "setback")
_LEARNED_ALIASES = (
    "learned", "learnt", "lesson", "lessons", "lessons learned", "lessons learnt", "lesson learned",
    "what i learned", "what i learnt", "learning", "learnings", "takeaway", "takeaways", "key takeaways",
    "what i took away", "what i would do differently", "what i d do differently", "reflection and learning",
    "what i took from it", "what i learned from it", "what i learnt from it", "the lesson", "key lesson", "key lessons",
    "lessons i learned", "lessons i learnt", "what i would do differently next time", "what i d do differently next time",
    "what i d do next time", "learned lessons", "the takeaway", "my takeaway", "my takeaways",
)

STAR_L = Framework(
    "star-l",
    "STAR-L (Situation, Task, Action, Result, Learned)",
    (
        FrameworkSection("Situation", ("context",), "Where were you, what was at stake, and what was your role? One or two sentences.", ("context", "background", "the situation", "setting")),
        FrameworkSection("Task", ("context",), "What were you responsible for, and what did success look like?", ("the task", "goal", "objective", "my task", "responsibility")),
        FrameworkSection("Action", ("failure", "cause", "action"), "What did you decide and do, including the decision that went wrong?", ("actions", "what i did", "the action", "my actions")),
        FrameworkSection("Result", ("failure", "result"), "What happened, in numbers: how late, how much, how many people affected?", ("results", "outcome", "the result", "outcomes", "impact")),
        FrameworkSection("Learned", ("learning", "change"), "What did you learn, and what do you do differently since? Give one example.", _LEARNED_ALIASES),
    ),
)

WHAT_WHY_DID_LEARNED = Framework(
    "what-why-did-learned",
    "What happened, Why it happened, What I did, What I learned",
    (
        FrameworkSection("What happened", ("failure", "result"), "Name the failure plainly and give its size: the deadline, the budget, the people affected.", ("what went wrong", "the failure")),
        FrameworkSection("Why it happened", ("cause",), "What decision or assumption of yours caused it?", ("why", "root cause", "the cause", "cause", "why it went wrong", "why it failed", "what caused it", "my part in it", "my part", "my role in it", "my share of it", "the why", "causes", "root causes")),
        FrameworkSection("What I did", ("action",), "What did you do when the problem surfaced, step by step?", ("what i did about it", "my response", "response", "recovery", "how i responded", "what i did next", "how i fixed it", "what i did then")),
        FrameworkSection("What I learned", ("learning", "change"), "What specific practice did you take from it, and where have you used it since?", _LEARNED_ALIASES),
    ),
)

FAILURE_REFLECTION_IMPROVEMENT = Framework(
    "failure-reflection-improvement",
    "Failure, Reflection, Improvement",
    (
        FrameworkSection("Failure", ("failure", "result"), "Describe the failure briefly and honestly, with its size.", _FAILURE_ALIASES),
        FrameworkSection("Reflection", ("cause", "learning"), "Why did it happen? Name your own part in it.", ("reflections", "what i realised", "what i realized", "analysis")),
        FrameworkSection("Improvement", ("action", "change"), "What did you change afterwards, and what happened the next time?", ("improvements", "what i changed", "changes", "what changed")),
    ),
)

FAILURE_GROWTH_GAIN = Framework(
    "failure-growth-gain",
    "Failure, Growth, Gain",
    (
        FrameworkSection("Failure", ("failure", "result"), "Describe the failure briefly and honestly, with its size.", _FAILURE_ALIASES),
        FrameworkSection("Growth", ("action", "learning"), "What did you do in the moment, and what did it teach you?", ("what i grew", "how i grew")),
        FrameworkSection("Gain", ("change", "result"), "What lasting practice or result came out of it? Give a figure if you can.", ("gains", "what i gained", "long term gain", "long-term gain")),
    ),
)

FAILURE_PERSISTENCE_BREAKTHROUGH = Framework(
    "failure-persistence-breakthrough",
    "Failure, Persistence, Breakthrough",
    (
        FrameworkSection("Failure", ("failure", "result"), "Describe the failure (or the run of them) and its cost.", _FAILURE_ALIASES),
        FrameworkSection("Persistence", ("cause", "action", "learning"), "Why did it fail, and what did you do instead of giving up?", ("perseverance", "trying again", "what i did next")),
        FrameworkSection("Breakthrough", ("result", "change"), "What worked in the end, in numbers?", ("the breakthrough", "success", "comeback")),
    ),
)

FRAMEWORKS = [STAR_L, WHAT_WHY_DID_LEARNED, FAILURE_REFLECTION_IMPROVEMENT, FAILURE_GROWTH_GAIN, FAILURE_PERSISTENCE_BREAKTHROUGH]


@hookimpl
def answerlint_frameworks():
    return FRAMEWORKS
