# Password strength (lib/password.ts): the word for each score, weakest first, and the hints
password-very-weak = Very weak
password-weak = Weak
password-fair = Fair
password-good = Good
password-strong = Strong
# $min: the shortest password allowed (10)
password-hint-length = Use at least { $min } characters.
password-hint-mix = Mix lower and upper case, digits or symbols — or use several words.
password-hint-repeats = Avoid repeated characters.
password-hint-common = Avoid common passwords and the app's name.
