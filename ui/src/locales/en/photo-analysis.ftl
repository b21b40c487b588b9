# Photo analysis panel (components/PhotoAnalysis.svelte)
photo-analysis-title = Analyze a photo
photo-analysis-hint = Pick a photo of a face. It is analysed on this computer and never stored or sent anywhere.
photo-analysis-choose = Choose a photo…
photo-analysis-busy = Analysing…
# $name: the chosen file's name
photo-analysis-selected = Selected: { $name }
# $number: the face's number, as marked on the photo (1, 2, …); the emotion follows the colon
photo-analysis-face = Face { $number }:
# $number: the face's number, as marked on the photo
photo-analysis-probabilities = Emotion probabilities for face { $number }
