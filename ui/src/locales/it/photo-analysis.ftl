photo-analysis-title = Analizza una foto
photo-analysis-hint = Scegli la foto di un volto. Viene analizzata su questo computer e non viene mai salvata né inviata altrove.
photo-analysis-choose = Scegli una foto…
photo-analysis-busy = Analisi in corso…
photo-analysis-selected = Selezionata: { $name }
photo-analysis-face = Volto { $number }:
photo-analysis-probabilities = Probabilità delle emozioni per il volto { $number }
