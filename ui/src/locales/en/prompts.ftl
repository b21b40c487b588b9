# Built-in journal prompts (lib/prompts.ts), chosen by the core's stable $id. The English is the core's
# own text (src/wellness/prompts.rs; a test keeps them equal). $fallback: the core's text, shown for a
# prompt this file does not know yet.
prompts-title = { $id ->
    [three-good-things] Three good things
    [reframe] Reframing a thought
    [what-helped] What helped today
    [looking-forward] Looking forward
    [worry-sort] Sorting a worry
    [kind-to-myself] Being kind to myself
    [body-check] How my body feels
   *[other] { $fallback }
}
# $id and $fallback as above
prompts-question = { $id ->
    [three-good-things] What were three good things today, however small, and what part did you play in them?
    [reframe] Is a thought weighing on you? Write it down, then look at it from another side.
    [what-helped] What helped today, even a little? Something you did, someone, a place.
    [looking-forward] What is one thing you are looking forward to, this week or later?
    [worry-sort] Is something worrying you? Sort it into what you can and cannot change.
    [kind-to-myself] What would you say to a good friend who had your day?
    [body-check] How does your body feel right now: sleep, energy, tension, hunger?
   *[other] { $fallback }
}
# The headings a new entry starts with, separated by " | " (each is followed by a space and a new line
# in the entry; a "|" at the end means the entry ends with a new line). $id as above; an unknown prompt
# gives "-" and the core's own headings are used.
prompts-body = { $id ->
    [three-good-things] 1. | 2. | 3. | What I did to make them happen:
    [reframe] What happened: | The thought: | How strongly I believe it (0–100): | What speaks for it: | What speaks against it: | A kinder, more balanced way to see it: |
    [what-helped] What helped: | Why I think it helped: | Could I do it again tomorrow?
    [looking-forward] I'm looking forward to: | What I can do to make it happen:
    [worry-sort] The worry: | What is in my control: | What is not: | One small step I can take:
    [kind-to-myself] What I'd tell a friend: |
    [body-check] Sleep: | Energy: | Where I feel tension: | What my body needs:
   *[other] -
}
