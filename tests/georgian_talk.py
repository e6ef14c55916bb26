"""A Georgian talk for the tests of a language Whisper writes in Latin letters: the thirty-eighth aside set's
cooking programme (benchmarks/aside38_languages.py; looked at in the forty-fifth round, development material since),
another talk's Georgian sentences, and what Whisper's ``base`` wrote for the first five lines read by espeak-ng.
"""

from __future__ import annotations

from aside38_languages import SENTENCES  # benchmarks/ is on the path (conftest.py)

GEORGIAN: tuple[str, ...] = tuple(SENTENCES["ka"])
#: Eight sentences of another Georgian talk (weather, trains, a library): the same script, none of the words.
OTHER_GEORGIAN = ("დღეს მზიანი ამინდია თბილისში და ქარი არ არის.", "მატარებელი ათ საათზე გადის სადგურიდან.",
                  "ბიბლიოთეკა შაბათს დაკეტილია.", "ბავშვები ეზოში ბურთს თამაშობენ.", "ფოსტა ორშაბათიდან გაიხსნება.",
                  "ჩვენი ქალაქის მუზეუმი ახალ გამოფენას ხსნის.", "ბაზარში ხილი და ბოსტნეული იაფია.",
                  "ხვალ წვიმა იქნება მთელი დღე.")
#: Whisper ``base``'s hearing of the first five lines, decoded without timestamp tokens
HEARD = ("Gama doma dake tili gost meni mondza nema schmenza neuloshi.", "Gasmamza nebost neulisubstats helpus.",
         "Gemchachmi dastapi lostmi rilandantrat.", "Kmamsi charas hitovili tritskali.",
         "Rotsaskali adum tema, chakamet kartopili.")
