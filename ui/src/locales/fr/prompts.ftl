# Pistes d’écriture intégrées (lib/prompts.ts), choisies par l’$id stable du cœur. L’anglais est le texte
# du cœur lui-même (src/wellness/prompts.rs). $fallback : le texte du cœur, affiché pour une piste que ce
# fichier ne connaît pas encore.
prompts-title = { $id ->
    [three-good-things] Trois bonnes choses
    [reframe] Regarder une pensée autrement
    [what-helped] Ce qui m’a fait du bien aujourd’hui
    [looking-forward] Ce que j’attends avec plaisir
    [worry-sort] Trier une inquiétude
    [kind-to-myself] Me traiter avec douceur
    [body-check] Comment va mon corps
   *[other] { $fallback }
}
# $id et $fallback comme ci-dessus
prompts-question = { $id ->
    [three-good-things] Quelles ont été trois bonnes choses aujourd’hui, même petites, et quel rôle y avez-vous joué ?
    [reframe] Une pensée vous pèse ? Notez-la, puis regardez-la sous un autre angle.
    [what-helped] Qu’est-ce qui vous a fait du bien aujourd’hui, même un peu ? Quelque chose que vous avez fait, quelqu’un, un lieu.
    [looking-forward] Quelle chose attendez-vous avec plaisir, cette semaine ou plus tard ?
    [worry-sort] Quelque chose vous inquiète ? Faites le tri entre ce que vous pouvez changer et ce que vous ne pouvez pas changer.
    [kind-to-myself] Que diriez-vous à quelqu’un qui vous est cher et qui aurait vécu votre journée ?
    [body-check] Comment va votre corps en ce moment : sommeil, énergie, tensions, faim ?
   *[other] { $fallback }
}
# Les titres par lesquels commence une nouvelle entrée, séparés par " | " (chacun est suivi d’une espace et
# d’un retour à la ligne dans l’entrée ; un "|" à la fin signifie que l’entrée se termine par un retour à la
# ligne). $id comme ci-dessus ; une piste inconnue donne "-" et les titres du cœur sont utilisés.
prompts-body = { $id ->
    [three-good-things] 1. | 2. | 3. | Ce que j’ai fait pour qu’elles arrivent :
    [reframe] Ce qui s’est passé : | La pensée : | À quel point j’y crois (0–100) : | Ce qui va dans son sens : | Ce qui va contre : | Une façon plus douce et plus nuancée de voir les choses : |
    [what-helped] Ce qui m’a fait du bien : | Pourquoi je pense que ça a aidé : | Pourrais-je le refaire demain ?
    [looking-forward] Ce que j’attends avec plaisir : | Ce que je peux faire pour que ça arrive :
    [worry-sort] L’inquiétude : | Ce qui dépend de moi : | Ce qui n’en dépend pas : | Un petit pas que je peux faire :
    [kind-to-myself] Ce que je dirais à quelqu’un qui m’est cher : |
    [body-check] Sommeil : | Énergie : | Où je sens des tensions : | Ce dont mon corps a besoin :
   *[other] -
}
