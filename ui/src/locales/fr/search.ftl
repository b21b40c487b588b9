# screens/Search.svelte
search-title = Recherche
search-hint = Votre journal, votre gratitude et vos discussions. L’index de recherche se trouve dans votre coffre chiffré.
search-find = Rechercher
search-placeholder = mots à chercher
search-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-kind-journal = Journal
search-kind-gratitude = Gratitude
search-kind-chat = Discussion
