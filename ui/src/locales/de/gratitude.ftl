gratitude-title = Drei gute Dinge
gratitude-hint = Bis zu drei Dinge, für die du heute dankbar bist ({ $count }/3).
gratitude-label = Heute bin ich dankbar für
gratitude-add = Hinzufügen
gratitude-empty = Diesen Monat noch nichts.
