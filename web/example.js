// The "Load example" articles: two short reports of one invented event,
// written for skim. The first repeats a paragraph, as pasted wire copy often
// does; the second carries a related-links widget glued into its first
// sentence and an "updated at" trailer, as text scraped from a news page does.
(function (page) {
  "use strict";

  page.example = [
    "Glass Walkway Opens Over Serra Gorge After Storm Delay\n\n" +
    "The glass walkway over Serra Gorge opened to the public on Saturday, three weeks after a storm " +
    "tore loose part of its railing.\n\n" +
    "Engineers replaced forty panels and added steel cables along both sides before inspectors " +
    "signed off on Friday night.\n\n" +
    "About 2,000 people crossed the 180-metre span on the first morning, and the line at the north " +
    "gate stretched past the car park.\n\n" +
    "The regional government paid 14 million euros for the walkway, which it hopes will bring " +
    "visitors back to the valley's villages in winter.\n\n" +
    "Engineers replaced forty panels and added steel cables along both sides before inspectors " +
    "signed off on Friday night.\n\n" +
    "Tickets cost 6 euros, and children under 12 cross free.\n",

    "Serra Gorge walkway opens to crowds\n\n" +
    "Regional Transport Minister Alma VossAlma VossCoastline/ Resilience — Presented by Harbor " +
    "Cement Group — Ferry fares rise for summer season Port authority names new director Rail link " +
    "study due in autumn MORE and Mayor Tomas Reyel opened the glass walkway over Serra Gorge on " +
    "Saturday, Voss said.\n\n" +
    "“It is safe, it is beautiful and it belongs to everyone,” Voss told the crowd at the north gate.\n\n" +
    "The opening had been delayed by a storm that damaged the railing in early March.\n\n" +
    "Reyel said hotels in the valley were fully booked for the first time since 2019, and that " +
    "the town would run extra buses from the station on weekends.\n\n" +
    "Critics on the council said the money would have been better spent on the road to the upper " +
    "villages, which is still closed after landslides.\n\n" +
    "—This report was updated at 7:40 p.m.\n",
  ];
})(self.skimPage = self.skimPage || {});
