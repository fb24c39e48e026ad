<?php
/**
 * The markup of one widget, for a block or a shortcode: only allowlisted attribute names with
 * checked, escaped values; the site-wide defaults through <ipt-provider>; the light-DOM fallback
 * line; and, for readers without JavaScript, pre-rendered markup inside <noscript> (put in place
 * after WordPress's content filters, which would otherwise re-punctuate its text). Enqueues the
 * widgets' module script only when a page has a widget.
 *
 * @package ipt-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Widget markup and the module script.
 */
final class IPT_Widgets_Render {

	const HANDLE_PREFIX = 'ipt-widgets-cdn-';

	/**
	 * The language besides English whose script this page loads, once a widget asked for one.
	 *
	 * @var string|null
	 */
	private static $page_language = null;

	/**
	 * Whether the one <noscript> style that hides fallback lines has been printed.
	 *
	 * @var bool
	 */
	private static $noscript_style_printed = false;

	/**
	 * Pre-rendered markup waiting to replace its placeholder, by placeholder.
	 *
	 * @var array<string, string>
	 */
	private static $pending = array();

	/**
	 * Makes this request's placeholders unguessable, so text in a post cannot stand for one.
	 *
	 * @var string
	 */
	private static $nonce = '';

	/**
	 * Hooks the scripts into WordPress.
	 */
	public static function boot() {
		add_action( 'init', array( __CLASS__, 'register_scripts' ) );
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 3 );
		// Last of all content filters, so wptexturize and convert_smilies never touch widget text.
		foreach ( array( 'the_content', 'widget_block_content', 'widget_text_content' ) as $filter ) {
			add_filter( $filter, array( __CLASS__, 'resolve_placeholders' ), PHP_INT_MAX );
		}
	}

	/**
	 * Puts the pre-rendered markup where its placeholder stands.
	 *
	 * @param string $content Filtered content.
	 * @return string
	 */
	public static function resolve_placeholders( $content ) {
		if ( ! self::$pending || ! is_string( $content ) ) {
			return $content;
		}
		return strtr( $content, self::$pending );
	}

	/**
	 * A placeholder (an HTML comment, which content filters leave alone) for markup printed later.
	 *
	 * @param string $markup Trusted markup.
	 * @return string
	 */
	private static function placeholder( $markup ) {
		if ( '' === self::$nonce ) {
			self::$nonce = wp_generate_password( 16, false );
		}
		$key                   = '<!--ipt-widgets-noscript-' . self::$nonce . '-' . count( self::$pending ) . '-->';
		self::$pending[ $key ] = $markup;
		return $key;
	}

	/**
	 * Registers one script per language (the CDN files inside the plugin); none is enqueued yet.
	 */
	public static function register_scripts() {
		foreach ( IPT_Widgets_Attributes::data()['scripts'] as $lang => $file ) {
			wp_register_script( self::handle( $lang ), plugins_url( $file, IPT_WIDGETS_FILE ), array(), IPT_WIDGETS_VERSION, true );
		}
	}

	/**
	 * The script handle of a language.
	 *
	 * @param string $lang Language code.
	 * @return string
	 */
	public static function handle( $lang ) {
		return self::HANDLE_PREFIX . $lang;
	}

	/**
	 * Prints the plugin's scripts as module scripts (wp_enqueue_script_module exists only from
	 * WordPress 6.5; this works from 6.1 on).
	 *
	 * @param string $tag    The script tag WordPress built.
	 * @param string $handle Script handle.
	 * @param string $src    Script address, already escaped by WordPress.
	 * @return string
	 */
	public static function module_tag( $tag, $handle, $src ) {
		if ( 0 !== strpos( $handle, self::HANDLE_PREFIX ) ) {
			return $tag;
		}
		return sprintf( "<script type=\"module\" src=\"%1\$s\" id=\"%2\$s-js\"></script>\n", esc_url( $src ), esc_attr( $handle ) );
	}

	/**
	 * Enqueues the script a widget in `$lang` needs. A language file carries English too, so a page
	 * loads one file: English only, or English and one other language.
	 *
	 * @param string $lang Primary language code of the widget.
	 */
	public static function enqueue( $lang ) {
		$scripts = IPT_Widgets_Attributes::data()['scripts'];
		if ( ! isset( $scripts[ $lang ] ) ) {
			$lang = 'en';
		}
		if ( 'en' === $lang ) {
			if ( null === self::$page_language ) {
				wp_enqueue_script( self::handle( 'en' ) );
			}
			return;
		}
		if ( null === self::$page_language ) {
			self::$page_language = $lang;
			wp_dequeue_script( self::handle( 'en' ) );
			wp_enqueue_script( self::handle( $lang ) );
		} elseif ( self::$page_language !== $lang ) {
			IPT_Widgets_Attributes::warn( sprintf( '[ipt-widgets] this page has widgets in %1$s and in %2$s; a page loads English and one other language, so the %2$s widgets show English.', self::$page_language, $lang ) );
		}
	}

	/**
	 * The site-wide defaults as <ipt-provider> attributes (only those set).
	 *
	 * @return array Attribute name => value.
	 */
	public static function provider_attributes() {
		$settings   = IPT_Widgets_Settings::get();
		$attributes = array();
		if ( '' !== $settings['region'] ) {
			$attributes['region'] = $settings['region'];
		}
		$locale = self::site_language( $settings );
		if ( null !== $locale ) {
			$attributes['locale'] = $locale;
		}
		if ( '' !== $settings['color_scheme'] ) {
			$attributes['color-scheme'] = $settings['color_scheme'];
		}
		return $attributes;
	}

	/**
	 * The default language: the setting, else the site's language when the plugin carries it (and
	 * it is not English, which the widgets show anyway).
	 *
	 * @param array $settings Settings.
	 * @return string|null
	 */
	private static function site_language( array $settings ) {
		if ( '' !== $settings['language'] ) {
			return $settings['language'];
		}
		$primary = self::primary( get_locale() );
		return 'en' !== $primary && in_array( $primary, IPT_Widgets_Attributes::languages(), true ) ? $primary : null;
	}

	/**
	 * The primary language of a tag such as es-MX or es_ES.
	 *
	 * @param string $tag Language tag.
	 * @return string
	 */
	public static function primary( $tag ) {
		$parts = preg_split( '/[-_]/', strtolower( (string) $tag ) );
		return $parts[0];
	}

	/**
	 * One widget's markup.
	 *
	 * @param string $tag                Tag name (a key of the generated data).
	 * @param array  $attributes         Checked attributes (see IPT_Widgets_Attributes).
	 * @param string $fallback_text      Plain text of the fallback line ('' for the default).
	 * @param string $fallback_href      Checked address for the fallback line, or ''.
	 * @param string $wrapper_attributes Attributes of the wrapping div, already escaped.
	 * @return string
	 */
	public static function markup( $tag, array $attributes, $fallback_text, $fallback_href, $wrapper_attributes ) {
		$widget = IPT_Widgets_Attributes::widget( $tag );
		if ( ! $widget ) {
			return '';
		}
		$provider = self::provider_attributes();
		if ( isset( $attributes['lang'] ) ) {
			$lang = self::primary( $attributes['lang'] );
		} elseif ( isset( $provider['locale'] ) ) {
			$lang = self::primary( $provider['locale'] );
		} else {
			$lang = 'en';
		}
		self::enqueue( $lang );

		$own         = self::attribute_string( $widget['attributes'], $attributes );
		$prerendered = self::prerendered( $widget, $attributes, $provider, $lang );
		$html        = '<' . $tag . $own . '>' . self::fallback( $widget, $fallback_text, $fallback_href, '' !== $prerendered ) . '</' . $tag . '>';
		if ( $provider ) {
			$html = '<ipt-provider' . self::attribute_string( IPT_Widgets_Attributes::data()['provider']['attributes'], $provider ) . '>' . $html . '</ipt-provider>';
		}
		if ( '' !== $prerendered ) {
			// The same widget, ready-made, for readers without JavaScript; a browser running scripts
			// does not parse <noscript>, so the live element above is the only one it builds.
			$shown = $attributes;
			if ( ! isset( $shown['region'] ) && isset( $provider['region'] ) ) {
				$shown['region'] = $provider['region'];
			}
			if ( ! isset( $shown['lang'] ) && 'en' !== $lang ) {
				$shown['lang'] = $lang;
			}
			$style = self::$noscript_style_printed ? '' : '<style>.ipt-widgets-fallback--prerendered{display:none}</style>';
			self::$noscript_style_printed = true;
			$html .= self::placeholder( '<noscript>' . $style . '<' . $tag . self::attribute_string( $widget['attributes'], $shown ) . '>' . $prerendered . '</' . $tag . '></noscript>' );
		}
		return '<div ' . $wrapper_attributes . '>' . $html . '</div>';
	}

	/**
	 * ` name="value"` pairs for the checked attributes that have a rule, in the rules' order.
	 *
	 * @param array $rules      Attribute rules.
	 * @param array $attributes Attribute name => checked value (true for a boolean that is on).
	 * @return string
	 */
	public static function attribute_string( array $rules, array $attributes ) {
		$out = '';
		foreach ( $rules as $rule ) {
			$name = $rule['name'];
			if ( ! isset( $attributes[ $name ] ) || ! preg_match( '/^[a-z][a-z0-9-]*$/', $name ) ) {
				continue;
			}
			$value = $attributes[ $name ];
			$out  .= true === $value ? ' ' . $name : ' ' . $name . '="' . IPT_Widgets_Attributes::escape( $rule, (string) $value ) . '"';
		}
		return $out;
	}

	/**
	 * The light-DOM line shown until the script runs, and when it cannot.
	 *
	 * @param array  $widget      Widget data.
	 * @param string $text        Plain text, or '' for the default.
	 * @param string $href        Checked address, or ''.
	 * @param bool   $prerendered Whether pre-rendered markup stands in for it without JavaScript.
	 * @return string
	 */
	private static function fallback( array $widget, $text, $href, $prerendered ) {
		if ( '' === $text ) {
			$text = self::default_fallback( $widget );
		}
		$inner = esc_html( $text );
		if ( '' !== $href ) {
			$inner = '<a href="' . IPT_Widgets_Attributes::escape( array( 'kind' => 'url' ), $href ) . '">' . $inner . '</a>';
		}
		$class = 'ipt-widgets-fallback' . ( $prerendered ? ' ipt-widgets-fallback--prerendered' : '' );
		return '<p class="' . esc_attr( $class ) . '">' . $inner . '</p>';
	}

	/**
	 * The fallback text when an author gave none.
	 *
	 * @param array $widget Widget data.
	 * @return string
	 */
	public static function default_fallback( array $widget ) {
		/* translators: %s: the widget's name, such as "IPT explainer". */
		return sprintf( __( 'Turn on JavaScript to see the %s.', 'ipt-widgets' ), $widget['title'] );
	}

	/**
	 * The build's pre-rendered shadow root for this widget, region and language, when the setting is
	 * on and the block sets nothing else that would change what it shows; else ''.
	 *
	 * @param array  $widget     Widget data.
	 * @param array  $attributes Checked attributes.
	 * @param array  $provider   Site-wide defaults.
	 * @param string $lang       Primary language.
	 * @return string
	 */
	private static function prerendered( array $widget, array $attributes, array $provider, $lang ) {
		if ( ! IPT_Widgets_Settings::get()['prerender'] ) {
			return '';
		}
		foreach ( $attributes as $name => $value ) {
			$unchanged = in_array( $name, array( 'region', 'lang', 'color-scheme' ), true ) || ( 'heading-level' === $name && '2' === $value );
			if ( ! $unchanged ) {
				return '';
			}
		}
		if ( isset( $attributes['region'] ) ) {
			$region = $attributes['region'];
		} elseif ( isset( $provider['region'] ) ) {
			$region = $provider['region'];
		} else {
			$region = 'all';
		}
		// Region and language passed the allowlist; the pattern keeps the path to plain names anyway.
		if ( ! preg_match( '/^[a-z]{2,3}$/', $region ) || ! preg_match( '/^[a-z]{2,3}$/', $lang ) ) {
			return '';
		}
		$file = IPT_WIDGETS_DIR . 'prerendered/' . $widget['tag'] . '/' . $region . '.' . $lang . '.html';
		if ( ! is_readable( $file ) ) {
			return '';
		}
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin.
		$markup = file_get_contents( $file );
		return is_string( $markup ) ? $markup : '';
	}
}
