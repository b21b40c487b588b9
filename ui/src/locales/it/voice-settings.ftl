voice-settings-title = Voce
voice-settings-mic = Microfono
voice-settings-default = Quello predefinito del sistema
voice-settings-none = Nessun microfono trovato: la voce resta spenta.
voice-settings-learn = Imparare come suona di solito la mia voce (letture migliori)
voice-settings-learn-hint = Conservato nel tuo profilo cifrato solo come medie, mai come suono. Si usa da 20 tratti di parlato; ne ha { $count }.
voice-settings-forget = Dimentica ciò che ha imparato
voice-settings-file = Leggi una registrazione (WAV, FLAC, Ogg)
voice-settings-file-hint = Il file viene letto in memoria su questo computer, non copiato né conservato; non se ne salva nulla.
voice-settings-reading = Lettura…
voice-settings-result-label = Cosa ha letto il modello della voce
voice-settings-summary = { $seconds } s, { $speech } s di parlato in { $segments ->
    [one] un tratto
   *[other] { $segments } tratti
}
