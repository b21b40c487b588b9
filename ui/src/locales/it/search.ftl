# screens/Search.svelte
search-title = Cerca
search-hint = Il tuo diario, la gratitudine e le chat. L’indice di ricerca è nella tua cassaforte cifrata.
search-find = Trova
search-placeholder = parole da cercare
search-count = { $count ->
    [one] { $count } risultato
   *[other] { $count } risultati
}
search-kind-journal = Diario
search-kind-gratitude = Gratitudine
search-kind-chat = Chat
