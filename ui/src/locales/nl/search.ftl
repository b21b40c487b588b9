# screens/Search.svelte
search-title = Zoeken
search-hint = Je dagboek, dankbaarheid en chats. De zoekindex staat in je versleutelde kluis.
search-find = Zoek
search-placeholder = woorden om te zoeken
search-count = { $count ->
    [one] { $count } resultaat
   *[other] { $count } resultaten
}
search-kind-journal = Dagboek
search-kind-gratitude = Dankbaarheid
search-kind-chat = Chat
