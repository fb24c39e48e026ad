<?php
/**
 * One shortcode per widget for the classic editor: [ipt_explainer region="us" heading-level="3"].
 * Attributes are the widget's own (heading_level works too); anything else is left out with a
 * warning. Text between an opening and a closing shortcode becomes the fallback line, as text.
 *
 * @package ipt-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcodes.
 */
final class IPT_Widgets_Shortcodes {

	/**
	 * Registers one shortcode per widget.
	 */
	public static function boot() {
		add_action( 'init', array( __CLASS__, 'register' ) );
	}

	/**
	 * Adds the shortcodes.
	 */
	public static function register() {
		foreach ( IPT_Widgets_Attributes::widgets() as $tag => $widget ) {
			add_shortcode(
				$widget['shortcode'],
				static function ( $atts, $content = '' ) use ( $tag ) {
					return IPT_Widgets_Shortcodes::render( $tag, $atts, $content );
				}
			);
		}
	}

	/**
	 * One shortcode's markup.
	 *
	 * @param string       $tag     Tag name.
	 * @param array|string $atts    Attributes ('' when there are none).
	 * @param string|null  $content Enclosed text.
	 * @return string
	 */
	public static function render( $tag, $atts, $content ) {
		$widget  = IPT_Widgets_Attributes::widget( $tag );
		$checked = IPT_Widgets_Attributes::from_shortcode( $tag, is_array( $atts ) ? $atts : array() );
		$text    = IPT_Widgets_Attributes::fallback_text( is_string( $content ) ? $content : '' );
		$wrapper = 'class="' . esc_attr( 'ipt-widgets-shortcode ipt-widgets-shortcode--' . $widget['slug'] ) . '"';
		return IPT_Widgets_Render::markup( $tag, $checked, $text, '', $wrapper );
	}
}
