photo-analysis-title = Een foto analyseren
photo-analysis-hint = Kies een foto van een gezicht. Die wordt op deze computer geanalyseerd en nooit opgeslagen of ergens heen gestuurd.
photo-analysis-choose = Kies een foto…
photo-analysis-busy = Bezig met analyseren…
photo-analysis-selected = Gekozen: { $name }
photo-analysis-face = Gezicht { $number }:
photo-analysis-probabilities = Emotiekansen voor gezicht { $number }
