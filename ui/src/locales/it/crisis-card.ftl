crisis-card-plan = Il tuo piano di sicurezza
crisis-card-safe = Sono al sicuro — continua
crisis-card-title = Non devi affrontare tutto questo senza aiuto
crisis-card-message = Sembra che in questo momento sia davvero dura. Parlarne con qualcuno può aiutare: le persone qui sotto sono lì proprio per questo, in qualsiasi momento. Se sei in pericolo adesso, chiama il numero di emergenza.
crisis-card-concern-title = Sei in pensiero per qualcuno?
crisis-card-concern-message = Sembra che una persona a cui tieni possa essere in pericolo. Puoi chiamare queste linee per sapere come aiutarla e, se è in pericolo adesso, chiama il numero di emergenza.
