# screens/Search.svelte
search-title = Suche
search-hint = Dein Tagebuch, deine Dankbarkeit und deine Chats. Der Suchindex liegt in deinem verschlüsselten Tresor.
search-find = Suchen
search-placeholder = Suchbegriffe
search-count = { $count ->
    [one] { $count } Treffer
   *[other] { $count } Treffer
}
search-kind-journal = Tagebuch
search-kind-gratitude = Dankbarkeit
search-kind-chat = Chat
