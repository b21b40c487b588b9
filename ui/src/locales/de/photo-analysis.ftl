photo-analysis-title = Foto analysieren
photo-analysis-hint = Wähle ein Foto mit einem Gesicht. Es wird auf diesem Computer analysiert und nie gespeichert oder irgendwohin gesendet.
photo-analysis-choose = Foto auswählen…
photo-analysis-busy = Wird analysiert…
photo-analysis-selected = Ausgewählt: { $name }
photo-analysis-face = Gesicht { $number }:
photo-analysis-probabilities = Emotionswahrscheinlichkeiten für Gesicht { $number }
