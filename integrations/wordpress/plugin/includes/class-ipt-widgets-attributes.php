<?php
/**
 * The allowlist: which attributes each widget takes and which values pass, read from the file the
 * build generates from custom-elements.json. A value that fails is left out with one warning, in
 * the words the widgets themselves use in the browser console.
 *
 * @package ipt-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Checks attribute values saved in blocks or typed in shortcodes.
 */
final class IPT_Widgets_Attributes {

	/**
	 * Block attributes WordPress itself may add to any block; they are not widget attributes.
	 */
	const WORDPRESS_BLOCK_KEYS = array( 'className', 'lock', 'metadata', 'style', 'anchor', 'fallbackText', 'fallbackHref' );

	/**
	 * Longest fallback text kept.
	 */
	const FALLBACK_MAX_LENGTH = 300;

	/**
	 * The generated data (see generated/widgets.php).
	 *
	 * @var array|null
	 */
	private static $data = null;

	/**
	 * Warnings already given in this request.
	 *
	 * @var array<string, bool>
	 */
	private static $warned = array();

	/**
	 * The generated data: version, languages, scripts, provider and widgets.
	 *
	 * @return array
	 */
	public static function data() {
		if ( null === self::$data ) {
			$file       = IPT_WIDGETS_DIR . 'generated/widgets.php';
			self::$data = is_readable( $file ) ? require $file : array(
				'languages' => array( 'en' ),
				'scripts'   => array(),
				'provider'  => array( 'attributes' => array() ),
				'widgets'   => array(),
			);
		}
		return self::$data;
	}

	/**
	 * Every widget, by tag.
	 *
	 * @return array
	 */
	public static function widgets() {
		return self::data()['widgets'];
	}

	/**
	 * One widget's data, or null.
	 *
	 * @param string $tag Tag name such as ipt-explainer.
	 * @return array|null
	 */
	public static function widget( $tag ) {
		$widgets = self::widgets();
		return isset( $widgets[ $tag ] ) ? $widgets[ $tag ] : null;
	}

	/**
	 * Languages the plugin carries a script for ('en' first).
	 *
	 * @return string[]
	 */
	public static function languages() {
		return self::data()['languages'];
	}

	/**
	 * The rule of one provider attribute (region, color-scheme, locale), or null.
	 *
	 * @param string $name Attribute name.
	 * @return array|null
	 */
	public static function provider_rule( $name ) {
		foreach ( self::data()['provider']['attributes'] as $rule ) {
			if ( $rule['name'] === $name ) {
				return $rule;
			}
		}
		return null;
	}

	/**
	 * Checks a block's saved attributes (keyed as in block.json) for one widget.
	 *
	 * @param string $tag        Tag name.
	 * @param array  $attributes Block attributes.
	 * @return array Attribute name => checked value (a string, or true for a boolean that is on).
	 */
	public static function from_block( $tag, array $attributes ) {
		$widget = self::widget( $tag );
		if ( ! $widget ) {
			return array();
		}
		$names = array();
		foreach ( $widget['attributes'] as $rule ) {
			$names[ $rule['key'] ] = $rule['name'];
		}
		$values = array();
		foreach ( $attributes as $key => $value ) {
			if ( in_array( $key, self::WORDPRESS_BLOCK_KEYS, true ) ) {
				continue;
			}
			$values[ isset( $names[ $key ] ) ? $names[ $key ] : (string) $key ] = $value;
		}
		return self::check( $tag, $widget['attributes'], $values );
	}

	/**
	 * Checks shortcode attributes for one widget. Names may use _ for - (heading_level); a bare word
	 * ([ipt_problem_area_quiz share-results]) switches a boolean attribute on.
	 *
	 * @param string $tag  Tag name.
	 * @param array  $atts Attributes as WordPress parsed them.
	 * @return array Attribute name => checked value.
	 */
	public static function from_shortcode( $tag, array $atts ) {
		$widget = self::widget( $tag );
		if ( ! $widget ) {
			return array();
		}
		$values = array();
		foreach ( $atts as $key => $value ) {
			if ( is_int( $key ) ) {
				$values[ str_replace( '_', '-', strtolower( (string) $value ) ) ] = true;
			} else {
				$values[ str_replace( '_', '-', strtolower( $key ) ) ] = $value;
			}
		}
		return self::check( $tag, $widget['attributes'], $values );
	}

	/**
	 * Checks values against rules; unknown names and failing values are left out, with a warning.
	 *
	 * @param string $tag    Tag name, for the warning.
	 * @param array  $rules  The element's attribute rules.
	 * @param array  $values Attribute name => raw value.
	 * @return array Attribute name => checked value, in the manifest's order.
	 */
	public static function check( $tag, array $rules, array $values ) {
		$checked = array();
		foreach ( $rules as $rule ) {
			if ( array_key_exists( $rule['name'], $values ) ) {
				$value = self::check_value( $tag, $rule, $values[ $rule['name'] ] );
				if ( null !== $value ) {
					$checked[ $rule['name'] ] = $value;
				}
				unset( $values[ $rule['name'] ] );
			}
		}
		foreach ( array_keys( $values ) as $name ) {
			self::warn( sprintf( '[ipt-widgets] <%s> %s="…" is not an attribute of this widget; it is left out.', $tag, self::shown( $name ) ) );
		}
		return $checked;
	}

	/**
	 * One value against its rule.
	 *
	 * @param string $tag   Tag name, for the warning.
	 * @param array  $rule  The attribute's rule.
	 * @param mixed  $value Raw value.
	 * @return string|true|null The value to output, true for a boolean that is on, null to leave it out.
	 */
	public static function check_value( $tag, array $rule, $value ) {
		$name = $rule['name'];
		if ( null === $value ) {
			return null;
		}
		if ( 'boolean' === $rule['kind'] ) {
			if ( is_bool( $value ) ) {
				return $value ? true : null;
			}
			$word = is_string( $value ) ? strtolower( trim( $value ) ) : null;
			if ( in_array( $word, array( '', 'true', '1', 'yes', 'on', $name ), true ) ) {
				return true;
			}
			if ( in_array( $word, array( 'false', '0', 'no', 'off' ), true ) ) {
				return null;
			}
			return self::invalid( $tag, $name, $value, 'expected true or false; left out' );
		}
		if ( is_bool( $value ) ) {
			$value = $value ? 'true' : 'false';
		} elseif ( is_int( $value ) || ( is_float( $value ) && is_finite( $value ) ) ) {
			$value = (string) $value;
		} elseif ( ! is_string( $value ) ) {
			return self::invalid( $tag, $name, $value, 'expected text; left out' );
		}
		if ( '' === trim( $value ) ) {
			return null;
		}
		if ( preg_match( '/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/', $value ) ) {
			return self::invalid( $tag, $name, $value, 'control characters are not allowed; left out' );
		}
		$trimmed = trim( $value );

		switch ( $rule['kind'] ) {
			case 'enum':
				$word = strtolower( $trimmed );
				if ( in_array( $word, $rule['values'], true ) ) {
					return $word;
				}
				return self::invalid( $tag, $name, $value, 'expected one of ' . implode( ', ', $rule['values'] ) . '; left out' );

			case 'ids':
				$known = array();
				foreach ( preg_split( '/[\s,]+/', strtolower( $trimmed ), -1, PREG_SPLIT_NO_EMPTY ) as $token ) {
					if ( in_array( $token, $rule['values'], true ) ) {
						$known[ $token ] = true;
					} else {
						self::invalid( $tag, $name, $token, 'expected ids from: ' . implode( ', ', $rule['values'] ) . '; skipping it' );
					}
				}
				return $known ? implode( ' ', array_keys( $known ) ) : null;

			case 'url':
				if ( ! empty( $rule['absolute'] ) ) {
					if ( preg_match( '~^https?://~i', $trimmed ) && self::is_safe_href( $trimmed ) ) {
						return $trimmed;
					}
					return self::invalid( $tag, $name, $value, 'use an absolute http(s) address; left out' );
				}
				if ( self::is_safe_href( $trimmed ) ) {
					return $trimmed;
				}
				return self::invalid( $tag, $name, $value, 'use an http(s) or relative address; left out' );

			case 'key':
				if ( strlen( $trimmed ) <= (int) $rule['max'] && preg_match( '/' . $rule['pattern'] . '/', $trimmed ) ) {
					return $trimmed;
				}
				return self::invalid( $tag, $name, $value, sprintf( 'use up to %d letters, digits, ".", "_" or "-"; left out', (int) $rule['max'] ) );

			case 'lang':
				if ( preg_match( '/^([a-z]{2,3})(-[a-z0-9]{1,8})*$/i', $trimmed, $match ) && in_array( strtolower( $match[1] ), $rule['values'], true ) ) {
					return $trimmed;
				}
				return self::invalid( $tag, $name, $value, 'expected one of ' . implode( ', ', $rule['values'] ) . ' (the languages this plugin carries); left out' );

			default:
				if ( self::length( $trimmed ) <= (int) ( isset( $rule['max'] ) ? $rule['max'] : 200 ) ) {
					return $trimmed;
				}
				return self::invalid( $tag, $name, $value, sprintf( 'use plain text up to %d characters; left out', (int) $rule['max'] ) );
		}
	}

	/**
	 * The fallback line's text: plain text, trimmed, at most FALLBACK_MAX_LENGTH characters.
	 *
	 * @param mixed $value Saved or typed text.
	 * @return string
	 */
	public static function fallback_text( $value ) {
		if ( ! is_string( $value ) ) {
			return '';
		}
		$text = trim( preg_replace( '/[\x00-\x1f\x7f]+/', ' ', wp_strip_all_tags( $value ) ) );
		return self::length( $text ) > self::FALLBACK_MAX_LENGTH ? mb_substr( $text, 0, self::FALLBACK_MAX_LENGTH ) : $text;
	}

	/**
	 * The fallback link, when it is a safe address; else '' with a warning.
	 *
	 * @param string $tag   Tag name, for the warning.
	 * @param mixed  $value Saved address.
	 * @return string
	 */
	public static function fallback_href( $tag, $value ) {
		if ( ! is_string( $value ) || '' === trim( $value ) ) {
			return '';
		}
		if ( ! preg_match( '/[\x00-\x1f\x7f]/', $value ) && self::is_safe_href( trim( $value ) ) ) {
			return trim( $value );
		}
		self::invalid( $tag, 'fallback link', $value, 'use an http(s) or relative address; left out' );
		return '';
	}

	/**
	 * True for http(s) addresses with a host and for relative ones (/ipt, ipt.html, #about); false
	 * for every other scheme (javascript:, data: ...). The same rule as the quiz's explainer-href.
	 *
	 * @param string $href Address, trimmed.
	 * @return bool
	 */
	public static function is_safe_href( $href ) {
		if ( '' === $href || preg_match( '/[\x00-\x1f\x7f]/', $href ) ) {
			return false;
		}
		if ( ! preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $href, $match ) ) {
			return true;
		}
		$scheme = strtolower( $match[1] );
		if ( 'http' !== $scheme && 'https' !== $scheme ) {
			return false;
		}
		$host = wp_parse_url( $href, PHP_URL_HOST );
		return is_string( $host ) && '' !== $host;
	}

	/**
	 * An attribute value escaped for output: addresses through esc_url where it keeps them as they
	 * are (absolute, or starting with /, # or ?), everything else through esc_attr.
	 *
	 * @param array  $rule  The attribute's rule.
	 * @param string $value Checked value.
	 * @return string
	 */
	public static function escape( array $rule, $value ) {
		if ( 'url' === $rule['kind'] && preg_match( '~^(https?:|/|#|\?)~i', $value ) ) {
			return esc_url( $value, array( 'http', 'https' ) );
		}
		// Double-encoded on purpose: esc_attr leaves entities such as &#58; as they are, and the
		// browser would read "javascript&#58;..." as javascript:. The value reaches the page as typed.
		return htmlspecialchars( (string) $value, ENT_QUOTES, 'UTF-8', true );
	}

	/**
	 * Gives one warning (once per request): to the PHP error log when WP_DEBUG is on, and to the
	 * `ipt_widgets_warning` action.
	 *
	 * @param string $message The warning.
	 */
	public static function warn( $message ) {
		if ( isset( self::$warned[ $message ] ) ) {
			return;
		}
		self::$warned[ $message ] = true;
		if ( defined( 'WP_DEBUG' ) && WP_DEBUG ) {
			// phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- a warning for the site's developer, like the widgets' console warnings.
			error_log( $message );
		}
		/**
		 * Fires when a block or shortcode value is left out.
		 *
		 * @param string $message The warning, such as `[ipt-widgets] <ipt-explainer> layout="wide" is not valid; …`.
		 */
		do_action( 'ipt_widgets_warning', $message );
	}

	/**
	 * Warns that a value is not valid and returns null (leave it out).
	 *
	 * @param string $tag    Tag name.
	 * @param string $name   Attribute name.
	 * @param mixed  $value  The value.
	 * @param string $reason What was expected and what happens.
	 * @return null
	 */
	private static function invalid( $tag, $name, $value, $reason ) {
		self::warn( sprintf( '[ipt-widgets] <%s> %s="%s" is not valid; %s.', $tag, $name, self::shown( $value ), $reason ) );
		return null;
	}

	/**
	 * A value as it is named in a warning: text, control characters as ?, at most 80 characters.
	 *
	 * @param mixed $value Any value.
	 * @return string
	 */
	private static function shown( $value ) {
		$text = is_string( $value ) ? $value : (string) wp_json_encode( $value );
		return mb_substr( (string) preg_replace( '/[\x00-\x1f\x7f]/', '?', $text ), 0, 80 );
	}

	/**
	 * Length in characters.
	 *
	 * @param string $text Text.
	 * @return int
	 */
	private static function length( $text ) {
		return mb_strlen( $text );
	}
}
