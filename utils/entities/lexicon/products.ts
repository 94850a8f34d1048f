// Widely known products and services, lower case. Names with digits ("MAI-1") or an organisation's name
// followed by another ("Adobe XD") are typed as products by shape.
const PRODUCTS = `alexa android aws azure bard bing chatgpt chrome claude copilot dall-e excel facetime firefox gemini gmail
github gpt gpt-4 gpt-4o grok illustrator instagram ios ipad iphone kindle llama macos mac messenger office outlook pixel
playstation photoshop powerpoint siri sora teams threads walkman webex whatsapp windows xbox
youtube zoom`;

export const PRODUCT_SET: ReadonlySet<string> = new Set(PRODUCTS.split(/\s+/));

// Lower-case nouns after a name that make it a product: "the Figma design app", "its Gemini model".
export const PRODUCT_CUES = new Set(
  (`app apps application platform software service product tool suite model models chatbot assistant device phone console chip chips
  processor browser program programme system engine os feature headset`).split(/\s+/),
);

export const PRODUCT_SUFFIX = new Set(['project', 'initiative', 'platform', 'app', 'os', 'pro', 'max', 'plus', 'mini', 'ultra', 'studio']);

// Nouns just before a name that make it a product: "the web browser Flint", "its next model Corvo".
export const PRODUCT_LEADS = new Set(
  (`app application software browser client model smartphone phone handset tablet laptop notebook device console game title
  chip processor chatbot assistant engine codename vehicle car suv pickup sedan truck jet jetliner aircraft plane airliner drug vaccine
  player version release update`).split(/\s+/),
);
