# Search screen (screens/Search.svelte)
search-title = Search
search-hint = Your journal, gratitude and chats. The search index is inside your encrypted vault.
search-find = Find
search-placeholder = words to find
# $count: how many results were found
search-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
# Where a result comes from
search-kind-journal = Journal
search-kind-gratitude = Gratitude
search-kind-chat = Chat
