# The crisis card (components/CrisisCard.svelte); its phone lines come from the core. The title and
# message are the core's (src/safety/mod.rs) in each language, chosen by the card's reason.
crisis-card-plan = Your safety plan
crisis-card-safe = I'm safe — carry on
# the card for the person themself (crisis language, PHQ-9 item 9, a model's safety stop)
crisis-card-title = You don't have to go through this alone
crisis-card-message = It sounds like things are really hard right now. Talking to someone can help: the people below are there for exactly this, any time. If you are in danger now, call your emergency number.
# the gentler card when someone else may be at risk
crisis-card-concern-title = Worried about someone?
crisis-card-concern-message = It sounds like someone you care about may be in danger. You can call these lines for advice on how to help them, and if they are in danger now, call your emergency number.
# A helpline's name or description from the core's list that has English words (lib/safety.ts), by $key;
# $fallback: the core's English, for a key this file does not know. Service names, numbers and
# descriptions in a service's own language are shown as they are.
crisis-card-resource = { $key ->
    [emergency-name] Local emergency services
    [iasp-name] IASP crisis centre directory
    [emergency-detail] If you are in immediate danger, call your local emergency number.
    [iasp-detail] Find a crisis line in your country.
    [free-confidential] Free, confidential, 24/7.
    [free-en-fr] Free, 24/7, English and French.
    [free] Free, 24/7.
    [support] 24/7 crisis support.
    [call-text-988] Call or text 988
   *[other] { $fallback }
}
# Two numbers of one line, either of which works ($a, $b: the numbers as the core lists them)
crisis-card-either = { $a } or { $b }
