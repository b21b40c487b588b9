photo-analysis-title = Analizar una foto
photo-analysis-hint = Elige una foto de una cara. Se analiza en este ordenador y nunca se guarda ni se envía a ningún sitio.
photo-analysis-choose = Elegir una foto…
photo-analysis-busy = Analizando…
photo-analysis-selected = Seleccionada: { $name }
photo-analysis-face = Cara { $number }:
photo-analysis-probabilities = Probabilidades de cada emoción para la cara { $number }
