gratitude-title = Tre cose belle
gratitude-hint = Fino a tre cose per cui oggi provi gratitudine ({ $count }/3).
gratitude-label = Oggi sono grato/a per
gratitude-add = Aggiungi
gratitude-empty = Ancora niente questo mese.
