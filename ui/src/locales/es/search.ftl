# screens/Search.svelte
search-title = Buscar
search-hint = Tu diario, tu gratitud y tus chats. El índice de búsqueda está dentro de tu caja fuerte cifrada.
search-find = Buscar
search-placeholder = palabras que buscar
search-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
search-kind-journal = Diario
search-kind-gratitude = Gratitud
search-kind-chat = Chat
